package org.projectdesk.web.acceptance;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.projectdesk.acceptance.boundary.AcceptanceFigures;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.web.api.InvalidParameter;

/**
 * The joint completion acceptance figures of a period over REST. A resource of its own under
 * {@code /api/acceptances/figures}: the literal path is matched before {@code /api/acceptances/{id}}, so
 * "figures" is never read as a case's id. A malformed or missing date is 400 naming it; a period that
 * runs backwards or is longer than five years, 422 naming {@code to} (the boundary's rule).
 */
@Path("acceptances/figures")
@Produces(MediaType.APPLICATION_JSON)
public class AcceptanceFiguresResource {

    @EJB
    AcceptanceFigures figures;

    @GET
    public AcceptanceFiguresView figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.figures(InvalidParameter.date("from", from), InvalidParameter.date("to", to));
    }
}
