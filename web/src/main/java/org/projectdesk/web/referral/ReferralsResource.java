package org.projectdesk.web.referral;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.referral.boundary.ReferralAttachmentDownload;
import org.projectdesk.referral.boundary.ReferralAttachmentView;
import org.projectdesk.referral.boundary.ReferralFilter;
import org.projectdesk.referral.boundary.ReferralPage;
import org.projectdesk.referral.boundary.ReferralRecord;
import org.projectdesk.referral.boundary.ReferralView;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.referral.entity.ReferralStatus;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.web.api.HandedInFiles;
import org.projectdesk.web.api.InvalidParameter;

/**
 * Towns' referrals over REST: registered (a town for its own town, the office naming one; 201 with its
 * Location), listed (waiting first, the most urgent first) and read, taken in through the single window (the
 * body holds the intake's fields, any left out taken from the referral; 201 with the new service file's
 * number and its Location) or returned with a reason; attachments uploaded as the portal's materials are (the
 * body is the file, its name in {@code X-Filename}, percent-encoded UTF-8) and downloaded. Another town's
 * referral is 404; a broken rule 422 naming its field; a referral already decided 422 {@code status}.
 */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    /** The reason for returning a referral, its day (today when left out), and its version as read (not checked when left out). */
    public record Return(String reason, LocalDate on, Long version) {
    }

    @EJB
    Referrals referrals;

    @Context
    UriInfo uri;

    @GET
    public ReferralPage list(@QueryParam("status") String status, @QueryParam("town") String town,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return referrals.list(new ReferralFilter(InvalidParameter.oneOf("status", status, ReferralStatus.class, true), town),
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    @POST
    public Response register(ReferralRecord body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body describing the referral");
        }
        ReferralView registered = referrals.register(body, List.of());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(registered.id())).build())
                .entity(registered).build();
    }

    @GET
    @Path("{id}")
    public ReferralView referral(@PathParam("id") String id) {
        return referrals.referral(id("id", id));
    }

    /** Takes the referral in: 201, Location the new service file's, with the referral naming it ({@code fileNo}). */
    @POST
    @Path("{id}/take-in")
    public Response takeIn(@PathParam("id") String id, IntakeRequest body) {
        ReferralView taken = referrals.takeIn(id("id", id), null, body);
        URI file = uri.getBaseUriBuilder().path("projects").path(taken.fileNo()).build();
        return Response.created(file).entity(taken).build();
    }

    @POST
    @Path("{id}/return")
    public ReferralView returnToTown(@PathParam("id") String id, Return body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body with the reason");
        }
        return referrals.returnToTown(id("id", id), body.version(), body.reason(), body.on());
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") String id, @HeaderParam("X-Filename") String header,
            @QueryParam("filename") String query, InputStream content) {
        String name = HandedInFiles.nameOf(header, query);
        ReferralAttachmentView stored = referrals.upload(id("id", id), name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build()).entity(stored).build();
    }

    @GET
    @Path("{id}/attachments")
    public List<ReferralAttachmentView> attachments(@PathParam("id") String id) {
        return referrals.attachments(id("id", id));
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        ReferralAttachmentDownload download = referrals.download(id("id", id), id("attachmentId", attachmentId));
        ReferralAttachmentView view = download.attachment();
        return HandedInFiles.download(download.file(), "referral", view.id(), view.fileName(), view.type(), view.sha256());
    }

    private static long id(String parameter, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameter(parameter, "'" + value + "' is not an id");
        }
    }
}
