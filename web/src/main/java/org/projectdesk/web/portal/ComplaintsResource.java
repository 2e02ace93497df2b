package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.projectdesk.portal.boundary.ComplaintPage;
import org.projectdesk.portal.boundary.ComplaintView;
import org.projectdesk.portal.boundary.Complaints;
import org.projectdesk.portal.entity.ComplaintStatus;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.api.InvalidParameter;

/** Performance complaints: filed by investors, listed and answered by the director. */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    public record NewComplaint(String fileNo, String text) {
    }

    public record Answer(String answer, Long version) {
    }

    @EJB
    Complaints complaints;

    @Context
    UriInfo uri;

    @POST
    public Response file(NewComplaint body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body with fileNo and text");
        }
        if (body.fileNo() == null || body.fileNo().isBlank()) {
            throw new RuleViolation("fileNo", "complaint.fileNo.required");
        }
        ComplaintView filed = complaints.file(body.fileNo().strip(), body.text());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(filed.id())).build()).entity(filed).build();
    }

    @GET
    public ComplaintPage list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        return complaints.list(InvalidParameter.oneOf("status", status, ComplaintStatus.class, true),
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    @GET
    @Path("{id}")
    public ComplaintView complaint(@PathParam("id") long id) {
        return complaints.complaint(id);
    }

    @POST
    @Path("{id}/answer")
    public ComplaintView answer(@PathParam("id") long id, Answer body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body with the answer");
        }
        return complaints.answer(id, body.version(), body.answer());
    }
}
