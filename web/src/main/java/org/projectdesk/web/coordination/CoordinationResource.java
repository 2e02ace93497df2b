package org.projectdesk.web.coordination;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.projectdesk.coordination.boundary.CoordinationCounts;
import org.projectdesk.coordination.boundary.CoordinationReport;
import org.projectdesk.web.api.InvalidParameter;

/** The coordination figures of a period, for the leadership report: {@code GET /api/coordination/counts?from=&to=}. */
@Path("coordination")
@Produces(MediaType.APPLICATION_JSON)
public class CoordinationResource {

    @EJB
    CoordinationReport report;

    @GET
    @Path("counts")
    public CoordinationCounts counts(@QueryParam("from") String from, @QueryParam("to") String to) {
        return report.counts(InvalidParameter.date("from", from), InvalidParameter.date("to", to));
    }
}
