package org.projectdesk.meeting.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.projectdesk.meeting.entity.Attendance;
import org.projectdesk.meeting.entity.MeetingKind;
import org.projectdesk.meeting.entity.MeetingStatus;
import org.projectdesk.meeting.entity.Verdict;

/** A meeting with its projects, invitations and opinions, as pages and the API show it. */
public record MeetingView(long id, long version, MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String place,
        MeetingStatus status, String minutes, String cancelReason, String convenedBy, Instant closedAt,
        List<ProjectRef> projects, List<InvitationView> invitations, List<OpinionView> opinions) {

    public record ProjectRef(String fileNo, String name, String officer) {
    }

    public record InvitationView(String departmentCode, String departmentName, String departmentNameEn,
            Attendance attendance, String attendee) {
    }

    public record OpinionView(String projectFileNo, String departmentCode, Verdict verdict, List<String> materials,
            String procedures, String notes, String recordedBy, Instant recordedAt) {
    }

    public java.util.Optional<OpinionView> opinion(String fileNo, String departmentCode) {
        return opinions.stream().filter(o -> o.projectFileNo().equals(fileNo) && o.departmentCode().equals(departmentCode))
                .findFirst();
    }
}
