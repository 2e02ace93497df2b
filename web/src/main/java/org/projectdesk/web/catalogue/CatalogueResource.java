package org.projectdesk.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CatalogueView;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.web.api.InvalidParameter;

/** The catalogue for any signed-in user: departments, and the categories in force (today, or on {@code ?on=}). */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @EJB
    Catalogue catalogue;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @EJB
    ProjectLists lists;

    @GET
    @Path("departments")
    public List<DepartmentView> departments() {
        return catalogue.departments();
    }

    @GET
    @Path("categories")
    public List<CategoryView> categories(@QueryParam("on") String on) {
        return catalogue.inForce(day(on)).categories();
    }

    /** The towns a project may be located in: {@code [{code, name, nameEn}]}. */
    @GET
    @Path("towns")
    public List<TownView> towns() {
        return lists.towns().stream().map(t -> new TownView(t.getCode(), t.getName(), t.getNameEn())).toList();
    }

    public record TownView(String code, String name, String nameEn) {
    }

    @GET
    @Path("versions")
    public List<CatalogueView> versions() {
        return catalogue.versions();
    }

    @GET
    @Path("versions/{number}")
    public CatalogueView version(@PathParam("number") String number) {
        return catalogue.version(InvalidParameter.wholeNumber("number", number, 1, Integer.MAX_VALUE));
    }

    private LocalDate day(String on) {
        return on == null || on.isBlank() ? LocalDate.now(clock) : InvalidParameter.date("on", on);
    }
}
