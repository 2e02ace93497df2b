package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
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
import org.projectdesk.portal.boundary.EvidenceDownload;
import org.projectdesk.portal.boundary.EvidenceView;
import org.projectdesk.portal.boundary.FindingEvidences;
import org.projectdesk.web.api.HandedInFiles;
import org.projectdesk.web.api.InvalidParameter;

/**
 * Evidence that a rectification finding of a joint completion acceptance is put right, uploaded as the
 * portal's materials are: the body is the file itself (any content type), its name in the
 * {@code X-Filename} header, percent-encoded UTF-8 (or the {@code filename} query parameter); 201 with the
 * evidence and its Location. Whoever reads the case lists and downloads it (with its SHA-256 in
 * {@code X-Checksum-SHA256}); another party's case is 404. The finding is then reported put right at
 * {@code POST /api/acceptances/{id}/findings/{findingId}/done}.
 */
@Path("acceptances/{id}/findings/{findingId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class FindingEvidenceResource {

    @EJB
    FindingEvidences evidence;

    @PathParam("id")
    String acceptanceId;

    @PathParam("findingId")
    String findingId;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@HeaderParam("X-Filename") String header, @QueryParam("filename") String query,
            InputStream content) {
        String name = HandedInFiles.nameOf(header, query);
        EvidenceView stored = evidence.upload(id("id", acceptanceId), id("findingId", findingId), name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build()).entity(stored).build();
    }

    @GET
    public List<EvidenceView> list() {
        return evidence.ofFinding(id("id", acceptanceId), id("findingId", findingId));
    }

    @GET
    @Path("{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("evidenceId") String evidenceId) {
        EvidenceDownload download = evidence.download(id("id", acceptanceId), id("findingId", findingId),
                id("evidenceId", evidenceId));
        EvidenceView view = download.evidence();
        return HandedInFiles.download(download.file(), "evidence", view.id(), view.fileName(), view.type(), view.sha256());
    }

    private static long id(String parameter, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameter(parameter, "'" + value + "' is not an id");
        }
    }
}
