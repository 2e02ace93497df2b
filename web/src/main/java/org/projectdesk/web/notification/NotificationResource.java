package org.projectdesk.web.notification;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.boundary.OneTimeNotifications;
import org.projectdesk.web.api.DocumentLanguage;
import org.projectdesk.web.api.InvalidParameter;
import org.projectdesk.web.shell.Language;

/**
 * A project's one-time notification over REST: the items (as JSON or as the printable PDF), the
 * receipt of an item, and partial-materials acceptances.
 */
@Path("projects/{fileNo}/notification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record Receipt(String on, Long version) {
    }

    public record PartialAcceptanceBody(String categoryCode, String pledge, String deadline) {
    }

    @EJB
    OneTimeNotifications notifications;

    @EJB
    Catalogue catalogue;

    @jakarta.inject.Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @PathParam("fileNo")
    String fileNo;

    @GET
    public NotificationView notification() {
        return notifications.of(fileNo);
    }

    /** The notification to print, in Chinese unless {@code lang=en} (or the request prefers English). */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("lang") String lang) {
        Locale locale = DocumentLanguage.of(lang, headers);
        NotificationView view = notifications.of(fileNo);
        Map<String, String> names = catalogue.departments().stream().collect(Collectors.toMap(DepartmentView::code,
                d -> Language.pick(locale, d.name(), d.nameEn())));
        byte[] pdf = NotificationPdf.of(view, code -> names.getOrDefault(code, code), LocalDate.now(clock), locale);
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"notification-" + fileNo + ".pdf\"").build();
    }

    @POST
    @Path("items/{id}/receipt")
    public NotificationView receive(@PathParam("id") long id, Receipt receipt) {
        if (receipt == null) {
            throw new BadRequestException("The request needs a JSON body with the day the material was received");
        }
        return notifications.receive(fileNo, id, receipt.version(), InvalidParameter.date("on", receipt.on()));
    }

    @DELETE
    @Path("items/{id}/receipt")
    public NotificationView reopen(@PathParam("id") long id, @QueryParam("version") Long version) {
        return notifications.reopen(fileNo, id, version);
    }

    @POST
    @Path("partial-acceptances")
    public Response acceptPartially(PartialAcceptanceBody body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body with categoryCode, pledge and deadline");
        }
        NotificationView view = notifications.acceptPartially(fileNo, body.categoryCode(), body.pledge(),
                InvalidParameter.date("deadline", body.deadline()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
