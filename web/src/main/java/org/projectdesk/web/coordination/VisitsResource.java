package org.projectdesk.web.coordination;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.coordination.boundary.VisitPage;
import org.projectdesk.coordination.boundary.VisitRecord;
import org.projectdesk.coordination.boundary.VisitView;
import org.projectdesk.coordination.boundary.Visits;
import org.projectdesk.web.api.InvalidParameter;

/** On-site guidance visits over REST: record (201 with Location), correct, read one, list by period and department. */
@Path("visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitsResource {

    /** A visit as sent; dates YYYY-MM-DD; {@code version} as read when correcting (PUT). */
    public record Visit(String on, List<String> enterprises, List<String> projects, List<String> staff,
            List<String> departments, String issues, List<Action> actions, Long version) {
    }

    public record Action(String action, String owner, String dueOn) {
    }

    @EJB
    Visits visits;

    @Context
    UriInfo uri;

    @POST
    public Response record(Visit visit) {
        VisitView recorded = visits.record(toRecord(visit));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build())
                .entity(recorded).build();
    }

    @PUT
    @Path("{id}")
    public VisitView change(@PathParam("id") String id, Visit visit) {
        if (visit != null && visit.version() == null) {
            throw new InvalidParameter("version", "A correction needs the visit's version as read");
        }
        return visits.change(Requests.id("id", id), toRecord(visit));
    }

    @GET
    @Path("{id}")
    public VisitView visit(@PathParam("id") String id) {
        return visits.visit(Requests.id("id", id));
    }

    @GET
    public VisitPage list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("department") String department, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        return visits.list(Requests.date("from", from), Requests.date("to", to), department,
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    private static VisitRecord toRecord(Visit v) {
        if (v == null) {
            throw new BadRequestException("The request needs a JSON body describing the visit");
        }
        List<VisitRecord.Action> actions = new ArrayList<>();
        List<Action> given = v.actions() == null ? List.of() : v.actions();
        for (int i = 0; i < given.size(); i++) {
            Action a = given.get(i);
            actions.add(a == null ? null
                    : new VisitRecord.Action(a.action(), a.owner(), Requests.date("actions[" + i + "].dueOn", a.dueOn())));
        }
        return new VisitRecord(Requests.date("on", v.on()), v.enterprises(), v.projects(), v.staff(), v.departments(),
                v.issues(), actions, v.version());
    }
}
