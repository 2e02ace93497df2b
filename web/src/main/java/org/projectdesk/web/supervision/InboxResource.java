package org.projectdesk.web.supervision;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectdesk.supervision.boundary.Inbox;
import org.projectdesk.supervision.boundary.InboxPage;
import org.projectdesk.supervision.boundary.NoticeText;
import org.projectdesk.supervision.boundary.NoticeView;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;
import org.projectdesk.web.api.InvalidParameter;

/** The caller's own notices. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InboxResource {

    /** A notice with its text in the caller's language (Accept-Language). */
    public record Notice(long id, NoticeKind kind, String projectFileNo, String categoryCode, String departmentCode,
            Light light, Instant createdAt, boolean read, String text) {
    }

    @EJB
    Inbox inbox;

    @Context
    HttpHeaders headers;

    @GET
    public List<Notice> notices(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        InboxPage notices = inbox.page(InvalidParameter.wholeNumber("page", page, 0, 1_000_000),
                InvalidParameter.wholeNumber("size", size, 1, 500));
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Locale.SIMPLIFIED_CHINESE
                : headers.getAcceptableLanguages().get(0);
        return notices.items().stream().map(n -> notice(n, locale)).toList();
    }

    @GET
    @Path("unread")
    public Map<String, Long> unread() {
        return Map.of("unread", inbox.unread());
    }

    @POST
    @Path("{id}/read")
    public Response markRead(@PathParam("id") String id) {
        inbox.markRead(InvalidParameter.wholeNumber("id", id, 1, Integer.MAX_VALUE));
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }

    private static Notice notice(NoticeView n, Locale locale) {
        return new Notice(n.id(), n.kind(), n.projectFileNo(), n.categoryCode(), n.departmentCode(), n.light(),
                n.createdAt(), n.read(), NoticeText.of(n, locale));
    }
}
