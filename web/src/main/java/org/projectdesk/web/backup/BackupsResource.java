package org.projectdesk.web.backup;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.List;
import org.projectdesk.backup.boundary.Backups;
import org.projectdesk.backup.control.BackupFolder.Archive;

/** Backups of the embedded database with the uploads, for administrators: take one, list them, download one. */
@Path("admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BackupsResource {

    static final String ZIP = "application/zip";

    @EJB
    Backups backups;

    @Context
    UriInfo uri;

    @GET
    public List<Archive> list() {
        return backups.list();
    }

    /** Takes a backup and answers when it is written: 201 with its download as Location. */
    @POST
    public Response take() {
        Archive taken = backups.take();
        return Response.created(uri.getAbsolutePathBuilder().path(taken.name()).build()).entity(taken).build();
    }

    @GET
    @Path("{name}")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("name") String name) {
        java.nio.file.Path file = backups.download(name);
        StreamingOutput content = out -> Files.copy(file, out);
        return Response.ok(content, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
