package org.projectdesk.web.meeting;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.projectdesk.meeting.boundary.MeetingPage;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.OpinionRecord;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.web.api.InvalidParameter;

/** Joint pre-review meetings over REST: schedule, move, attendance, opinions, close, cancel, the .ics invite. */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    /** A meeting to schedule or move; times as YYYY-MM-DDTHH:MM in office time. */
    public record MeetingBody(String startsAt, String endsAt, String place, List<String> projects,
            List<String> departments, Long version) {

        MeetingRequest request() {
            return new MeetingRequest(InvalidParameter.dateTime("startsAt", startsAt, false),
                    InvalidParameter.dateTime("endsAt", endsAt, true), place, projects, departments);
        }
    }

    public record OpinionBody(String projectFileNo, String departmentCode, String verdict, List<String> materials,
            String procedures, String notes) {
    }

    public record AttendanceBody(String departmentCode, String attendance, String attendee) {
    }

    public record Closing(String minutes, Long version) {
    }

    public record Cancellation(String reason, Long version) {
    }

    @EJB
    Meetings meetings;

    @Context
    UriInfo uri;

    @POST
    public Response schedule(MeetingBody body) {
        MeetingView meeting = meetings.schedule(required(body).request());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(meeting.id())).build()).entity(meeting).build();
    }

    @GET
    public MeetingPage list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("department") String department, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return meetings.list(from == null || from.isBlank() ? null : InvalidParameter.date("from", from),
                to == null || to.isBlank() ? null : InvalidParameter.date("to", to), department,
                InvalidParameter.oneOf("status", status, MeetingStatus.class, true),
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    @GET
    @Path("{id}")
    public MeetingView meeting(@PathParam("id") long id) {
        return meetings.meeting(id);
    }

    @PUT
    @Path("{id}")
    public MeetingView reschedule(@PathParam("id") long id, MeetingBody body) {
        return meetings.reschedule(id, required(body).version(), body.request());
    }

    @POST
    @Path("{id}/attendance")
    public MeetingView attendance(@PathParam("id") long id, AttendanceBody body) {
        return meetings.recordAttendance(id, required(body).departmentCode(),
                InvalidParameter.oneOf("attendance", body.attendance(), Attendance.class, false), body.attendee());
    }

    @POST
    @Path("{id}/opinions")
    public MeetingView opinion(@PathParam("id") long id, OpinionBody body) {
        return meetings.recordOpinion(id, new OpinionRecord(required(body).projectFileNo(), body.departmentCode(),
                InvalidParameter.oneOf("verdict", body.verdict(), Verdict.class, false), body.materials(), body.procedures(),
                body.notes()));
    }

    @POST
    @Path("{id}/close")
    public MeetingView close(@PathParam("id") long id, Closing body) {
        return meetings.close(id, required(body).version(), body.minutes());
    }

    @POST
    @Path("{id}/cancel")
    public MeetingView cancel(@PathParam("id") long id, Cancellation body) {
        return meetings.cancel(id, required(body).version(), body.reason());
    }

    /** The invitation for a calendar program. */
    @GET
    @Path("{id}/invite.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response invite(@PathParam("id") long id) {
        return Response.ok(meetings.invite(id))
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body");
        }
        return body;
    }
}
