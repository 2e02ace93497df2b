package org.projectdesk.acceptance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.projectdesk.acceptance.entity.AcceptanceCase;
import org.projectdesk.acceptance.entity.CaseItem;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.meeting.boundary.MeetingCancelled;
import org.projectdesk.meeting.boundary.MeetingClosed;
import org.projectdesk.meeting.boundary.OpinionRecorded;
import org.projectdesk.meeting.entity.MeetingKind;
import org.projectdesk.meeting.entity.Opinion;
import org.projectdesk.shared.control.MaterialNames;

/**
 * Follows the acceptance's meetings, in the transaction that changes them: a pre-review closed is
 * held; a meeting cancelled frees the case to schedule another; the materials a department asks for in
 * its pre-review opinion join the case's one-time list under the department's first item.
 */
@Dependent
public class AcceptanceMeetings {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    WorkingDayCalendar calendar;

    void onClosed(@Observes MeetingClosed closed) {
        if (closed.kind() == MeetingKind.ACCEPTANCE_PRE_REVIEW) {
            cases("a.preReviewMeetingId", closed.meetingId()).forEach(a ->
                    a.preReviewed(closed.meetingId(), closed.heldOn(), AcceptanceSettings.terms(), calendar::dueDate));
        }
    }

    void onCancelled(@Observes MeetingCancelled cancelled) {
        if (cancelled.kind() != MeetingKind.PRE_REVIEW) {
            String column = cancelled.kind() == MeetingKind.ACCEPTANCE_PRE_REVIEW ? "a.preReviewMeetingId" : "a.inspectionMeetingId";
            cases(column, cancelled.meetingId()).forEach(a -> a.meetingCancelled(cancelled.meetingId()));
        }
    }

    void onOpinion(@Observes OpinionRecorded recorded) {
        if (recorded.kind() != MeetingKind.ACCEPTANCE_PRE_REVIEW) {
            return;
        }
        for (AcceptanceCase acceptance : cases("a.preReviewMeetingId", recorded.meetingId())) {
            String itemCode = acceptance.getItems().stream()
                    .filter(i -> i.getDepartmentCode().equals(recorded.departmentCode())).map(CaseItem::getCode)
                    .findFirst().orElse(null);
            List<Opinion> opinions = em.createQuery("select o from Opinion o where o.meeting.id = :meeting"
                            + " and o.projectId = :project and o.departmentCode = :department", Opinion.class)
                    .setParameter("meeting", recorded.meetingId()).setParameter("project", acceptance.getProjectId())
                    .setParameter("department", recorded.departmentCode()).getResultList();
            if (itemCode != null && acceptance.getStatus().isOpen()) {
                opinions.stream().flatMap(o -> o.getMaterials().stream())
                        .forEach(m -> acceptance.askFor(m.strip(), MaterialNames.key(m), itemCode));
            }
        }
    }

    private List<AcceptanceCase> cases(String meetingColumn, long meetingId) {
        return em.createQuery("select a from AcceptanceCase a where " + meetingColumn + " = :meeting", AcceptanceCase.class)
                .setParameter("meeting", meetingId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
