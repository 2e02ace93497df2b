package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.projectdesk.portal.boundary.RatingView;
import org.projectdesk.portal.boundary.Ratings;
import org.projectdesk.shared.control.NotFound;

/** The service rating of a project: {@code POST} rates or revises it. (The director's summary: {@link RatingSummaryResource}.) */
@Path("projects/{fileNo}/rating")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingsResource {

    public record RatingBody(Integer stars, String comment) {
    }

    @EJB
    Ratings ratings;

    @GET
    public RatingView rating(@PathParam("fileNo") String fileNo) {
        return ratings.of(fileNo).orElseThrow(() -> new NotFound(fileNo + " has not been rated"));
    }

    @POST
    public RatingView rate(@PathParam("fileNo") String fileNo, RatingBody body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body with stars (1–5) and a comment");
        }
        return ratings.rate(fileNo, body.stars(), body.comment());
    }
}
