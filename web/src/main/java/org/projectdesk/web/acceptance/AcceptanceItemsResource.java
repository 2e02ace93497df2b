package org.projectdesk.web.acceptance;

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
import org.projectdesk.acceptance.boundary.AcceptanceItems;
import org.projectdesk.acceptance.entity.ItemDefinition;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.web.api.CsvImports;

/**
 * The acceptance items as configured, over REST: {@code GET /api/acceptance-items} (JSON),
 * {@code GET /api/acceptance-items.csv} (the layout of config/acceptance/items.csv, UTF-8 with a BOM
 * for Excel) and {@code POST /api/acceptance-items} with such a file as {@code text/csv} (ADMIN): the
 * whole file replaces the items, or nothing does and the answer is 422 with every problem by line and
 * column. Rooted at the API's root because the export's address is a sibling of the list's.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AcceptanceItemsResource {

    @EJB
    AcceptanceItems items;

    @Context
    HttpHeaders headers;

    @GET
    @Path("acceptance-items")
    public List<ItemDefinition> items() {
        return items.items();
    }

    @GET
    @Path("acceptance-items.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export() {
        return Response.ok(items.export()).header("Content-Disposition", "attachment; filename=\"acceptance-items.csv\"")
                .build();
    }

    /** Replaces the items by the file's (200 with the items now configured), or 422 listing every problem. */
    @POST
    @Path("acceptance-items")
    @Consumes(CsvImports.CSV)
    public Response importItems(InputStream csv) {
        byte[] content = CsvImports.bounded(csv);
        if (CsvImports.tooLarge(content)) {
            return CsvImports.answering(headers).refusedTooLarge("acceptance.import.tooLarge");
        }
        List<ImportProblem> problems = items.importItems(content);
        return problems.isEmpty() ? Response.ok(items.items()).build()
                : CsvImports.answering(headers).refused("acceptance.import.invalid", problems);
    }
}
