package org.projectdesk.web.notification;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.projectdesk.notification.boundary.LibraryImport;
import org.projectdesk.notification.boundary.StandardMaterials;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.web.api.CsvImports;

/**
 * The materials library of the one-time notification over REST: {@code GET /api/materials} (JSON),
 * {@code GET /api/materials.csv} (the layout of config/notification/materials.csv, UTF-8 with a BOM for
 * Excel) and {@code POST /api/materials} with such a file as {@code text/csv} (ADMIN, DIRECTOR): the
 * whole file replaces the library and the answer says how many open notifications it can change, which
 * are merged again right after (apart from the import), or nothing changes and the answer is 422 with
 * every problem by line and column. Rooted at the API's root because the
 * export's address is a sibling of the list's.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialsResource {

    @EJB
    StandardMaterials library;

    @Context
    HttpHeaders headers;

    @GET
    @Path("materials")
    public List<StandardMaterial> materials() {
        return library.all();
    }

    @GET
    @Path("materials.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export() {
        return Response.ok(library.export()).header("Content-Disposition", "attachment; filename=\"materials.csv\"").build();
    }

    /** The library now kept and how many notifications are being merged again under it. */
    public record Imported(List<StandardMaterial> materials, int notificationsToUpdate) {
    }

    /** Replaces the library by the file's (200, {@link Imported}), or 422 listing every problem. */
    @POST
    @Path("materials")
    @Consumes(CsvImports.CSV)
    public Response importLibrary(InputStream csv) {
        byte[] content = CsvImports.bounded(csv);
        if (CsvImports.tooLarge(content)) {
            return CsvImports.answering(headers).refusedTooLarge("materials.import.tooLarge");
        }
        LibraryImport done = library.importLibrary(content);
        return done.isRefused() ? CsvImports.answering(headers).refused("materials.import.invalid", done.problems())
                : Response.ok(new Imported(library.all(), done.notificationsToUpdate())).build();
    }
}
