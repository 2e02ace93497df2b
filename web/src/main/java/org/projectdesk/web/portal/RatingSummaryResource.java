package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.projectdesk.portal.boundary.RatingSummary;
import org.projectdesk.portal.boundary.Ratings;
import org.projectdesk.web.api.InvalidParameter;

/** Every project's rating in figures, with a page of them (DIRECTOR). */
@Path("ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingSummaryResource {

    @EJB
    Ratings ratings;

    @GET
    public RatingSummary summary(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        return ratings.summary(InvalidParameter.wholeNumber("page", page, 0, 1_000_000),
                InvalidParameter.wholeNumber("size", size, 1, 500));
    }
}
