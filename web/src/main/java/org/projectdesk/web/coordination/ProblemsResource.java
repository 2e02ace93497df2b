package org.projectdesk.web.coordination;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.projectdesk.coordination.boundary.ProblemEvent;
import org.projectdesk.coordination.boundary.ProblemFilter;
import org.projectdesk.coordination.boundary.ProblemPage;
import org.projectdesk.coordination.boundary.ProblemView;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.entity.ProblemStatus;
import org.projectdesk.web.api.InvalidParameter;

/** Coordination problems over REST: one, a filtered page, and the steps of their life. */
@Path("problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemsResource {

    /** A step: {@code type} START, RESOLVE, ESCALATE or REOPEN; {@code version} as read (409 when stale). */
    public record Event(String type, String resolution, String reason, String on, Long version) {
    }

    @EJB
    Problems problems;

    @GET
    public ProblemPage list(@QueryParam("status") String status, @QueryParam("department") String department,
            @QueryParam("fileNo") String fileNo, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        return problems.list(new ProblemFilter(Requests.code(ProblemStatus.class, "status", status), department, fileNo),
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    @GET
    @Path("{id}")
    public ProblemView problem(@PathParam("id") String id) {
        return problems.problem(Requests.id("id", id));
    }

    @POST
    @Path("{id}/events")
    public ProblemView event(@PathParam("id") String id, Event event) {
        if (event == null) {
            throw new BadRequestException("The request needs a JSON body with the step's type");
        }
        ProblemEvent.Type type = Requests.code(ProblemEvent.Type.class, "type", event.type());
        return problems.act(Requests.id("id", id), new ProblemEvent(type, event.resolution(), event.reason(),
                Requests.date("on", event.on()), event.version()));
    }
}
