package org.projectdesk.web.acceptance;

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
import org.projectdesk.acceptance.boundary.AcceptanceSummary;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.boundary.Application;

/**
 * A project's joint completion acceptances over REST: the builder's one application (201, Location
 * /api/acceptances/{id}), the project's cases, and the items an application would take now.
 */
@Path("projects/{fileNo}/acceptances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectAcceptancesResource {

    @EJB
    Acceptances acceptances;

    @Context
    UriInfo uri;

    @POST
    public Response apply(@PathParam("fileNo") String fileNo, Application application) {
        if (application == null) {
            throw new BadRequestException("The request needs a JSON body with the application's scope, dates and contact");
        }
        AcceptanceView applied = acceptances.apply(fileNo, application);
        return Response.created(uri.getBaseUriBuilder().path("acceptances").path(String.valueOf(applied.id())).build())
                .entity(applied).build();
    }

    @GET
    public List<AcceptanceSummary> list(@PathParam("fileNo") String fileNo) {
        return acceptances.forProject(fileNo);
    }

    /** The codes of the items an application made today would take (the project's type, plan and land decide). */
    @GET
    @Path("applicable-items")
    public List<String> applicableItems(@PathParam("fileNo") String fileNo) {
        return acceptances.applicableItemCodes(fileNo);
    }
}
