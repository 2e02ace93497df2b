package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.projectdesk.portal.boundary.Download;
import org.projectdesk.portal.boundary.MaterialUploads;
import org.projectdesk.portal.boundary.UploadView;
import org.projectdesk.web.api.HandedInFiles;
import org.projectdesk.web.api.InvalidParameter;

/**
 * Materials uploaded against an item of the one-time notification. The body is the file itself (any
 * content type); its name comes in the {@code X-Filename} header, percent-encoded UTF-8 (or the
 * {@code filename} query parameter). 201 with the upload and its Location; the download sends the
 * content as stored, with its SHA-256 in {@code X-Checksum-SHA256}.
 */
@Path("projects/{fileNo}/notification/items/{itemId}/uploads")
@Produces(MediaType.APPLICATION_JSON)
public class UploadsResource {

    @EJB
    MaterialUploads uploads;

    @PathParam("fileNo")
    String fileNo;

    @PathParam("itemId")
    String itemId;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@HeaderParam("X-Filename") String header, @QueryParam("filename") String query,
            InputStream content) {
        String name = HandedInFiles.nameOf(header, query);
        UploadView upload = uploads.upload(fileNo, item(), name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(upload.id())).build()).entity(upload).build();
    }

    /** The reason an upload is refused: the investor reads it beside the item. */
    public record Refusal(String reason) {
    }

    /** Refuses the upload with a reason (the office, or a department window asking for the item); 200 with the upload. */
    @POST
    @Path("{uploadId}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public UploadView refuse(@PathParam("uploadId") String uploadId, Refusal body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body with the reason");
        }
        return uploads.refuse(fileNo, item(), id("uploadId", uploadId), body.reason());
    }

    @GET
    public List<UploadView> list() {
        return uploads.ofItem(fileNo, item());
    }

    @GET
    @Path("{uploadId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("uploadId") String uploadId) {
        Download download = uploads.download(fileNo, item(), id("uploadId", uploadId));
        UploadView upload = download.upload();
        return HandedInFiles.download(download.file(), "upload", upload.id(), upload.fileName(), upload.type(), upload.sha256());
    }

    private long item() {
        return id("itemId", itemId);
    }

    private static long id(String parameter, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameter(parameter, "'" + value + "' is not an id");
        }
    }
}
