package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.web.api.InvalidParameter;

/**
 * One town's projects over REST, paged and filtered as {@code GET /api/projects} (same page shape):
 * a town's staff asks for its own town, the office, leaders and administrators for any; another
 * town's code and an unknown one answer 404 ({@link ProjectLists#ofTown} decides).
 */
@Path("towns/{code}/projects")
@Produces(MediaType.APPLICATION_JSON)
public class TownProjectsResource {

    @EJB
    ProjectLists lists;

    @GET
    public ProjectPage projects(@PathParam("code") String code, @QueryParam("status") String status,
            @QueryParam("officer") String officer, @QueryParam("type") String type, @QueryParam("search") String search,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("greenChannel") String greenChannel, @QueryParam("light") String light,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        ProjectFilter filter = new ProjectFilter(ProjectsResource.oneOf("status", status, ProjectStatus.class), officer, null,
                ProjectsResource.oneOf("type", type, ProjectType.class), search, overdue,
                ProjectsResource.oneOf("greenChannel", greenChannel, GreenChannelStatus.class),
                ProjectsResource.oneOf("light", light, Light.class));
        return lists.ofTown(code, filter, InvalidParameter.wholeNumber("page", page, 0, 1_000_000),
                InvalidParameter.wholeNumber("size", size, 1, 500), null, false);
    }
}
