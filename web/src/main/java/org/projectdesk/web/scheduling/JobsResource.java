package org.projectdesk.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.projectdesk.scheduling.boundary.JobRunView;
import org.projectdesk.scheduling.boundary.JobView;
import org.projectdesk.scheduling.boundary.Jobs;

/** The scheduled jobs for administrators. */
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobsResource {

    public record Schedule(String cron) {
    }

    @EJB
    Jobs jobs;

    @GET
    public List<JobView> list() {
        return jobs.list();
    }

    @GET
    @Path("{name}/runs")
    public List<JobRunView> runs(@PathParam("name") String name) {
        return jobs.runs(name, 20);
    }

    /** Runs the job now and answers when it has finished, with its outcome (202 if still running after the wait). */
    @POST
    @Path("{name}/run")
    public Response run(@PathParam("name") String name) {
        JobRunView run = jobs.runNow(name);
        return run == null ? Response.accepted().build() : Response.ok(run).build();
    }

    @POST
    @Path("{name}/pause")
    public List<JobView> pause(@PathParam("name") String name) {
        jobs.pause(name);
        return jobs.list();
    }

    @POST
    @Path("{name}/resume")
    public List<JobView> resume(@PathParam("name") String name) {
        jobs.resume(name);
        return jobs.list();
    }

    @PUT
    @Path("{name}/schedule")
    public List<JobView> reschedule(@PathParam("name") String name, Schedule schedule) {
        if (schedule == null) {
            throw new BadRequestException("The request needs the new cron expression");
        }
        jobs.reschedule(name, schedule.cron());
        return jobs.list();
    }
}
