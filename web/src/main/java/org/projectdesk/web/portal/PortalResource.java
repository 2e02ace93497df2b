package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.projectdesk.portal.boundary.Portal;
import org.projectdesk.portal.boundary.ProjectStatusView;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.web.api.InvalidParameter;

/** The investor portal over REST: the caller's projects and one project's plain status. */
@Path("portal/projects")
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    @EJB
    Portal portal;

    @GET
    public ProjectPage projects(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        return portal.projects(InvalidParameter.wholeNumber("page", page, 0, 1_000_000),
                InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    @GET
    @Path("{fileNo}/status")
    public ProjectStatusView status(@PathParam("fileNo") String fileNo) {
        return portal.status(fileNo);
    }
}
