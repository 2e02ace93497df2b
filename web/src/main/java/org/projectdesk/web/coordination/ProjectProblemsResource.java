package org.projectdesk.web.coordination;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.projectdesk.coordination.boundary.NewProblem;
import org.projectdesk.coordination.boundary.ProblemView;
import org.projectdesk.coordination.boundary.Problems;
import org.projectdesk.coordination.entity.ProblemSource;

/** A project's coordination problems over REST: raise one (201, Location /api/problems/{id}), list them. */
@Path("projects/{fileNo}/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectProblemsResource {

    /** A problem to raise; {@code source} MEETING, VISIT, OFFICER or INVESTOR; {@code on} (YYYY-MM-DD) defaults to today. */
    public record Raise(String description, List<String> departments, Integer dueDays, String source, Long sourceId,
            String on) {
    }

    @EJB
    Problems problems;

    @Context
    UriInfo uri;

    @POST
    public Response raise(@PathParam("fileNo") String fileNo, Raise request) {
        if (request == null) {
            throw new BadRequestException("The request needs a JSON body describing the problem");
        }
        ProblemView raised = problems.raise(fileNo, new NewProblem(request.description(), request.departments(),
                request.dueDays(), Requests.code(ProblemSource.class, "source", request.source()), request.sourceId(),
                Requests.date("on", request.on())));
        return Response.created(uri.getBaseUriBuilder().path("problems").path(String.valueOf(raised.id())).build())
                .entity(raised).build();
    }

    @GET
    public List<ProblemView> list(@PathParam("fileNo") String fileNo) {
        return problems.forProject(fileNo);
    }
}
