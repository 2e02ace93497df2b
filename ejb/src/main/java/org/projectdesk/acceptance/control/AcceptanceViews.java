package org.projectdesk.acceptance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.projectdesk.acceptance.boundary.AcceptanceSummary;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.entity.AcceptanceCase;
import org.projectdesk.acceptance.entity.CaseItem;
import org.projectdesk.acceptance.entity.CheckItem;
import org.projectdesk.acceptance.entity.Deadline;
import org.projectdesk.acceptance.entity.DeadlineKind;
import org.projectdesk.acceptance.entity.Finding;
import org.projectdesk.acceptance.entity.Pledge;
import org.projectdesk.meeting.entity.Meeting;
import org.projectdesk.project.entity.Project;
import org.projectdesk.supervision.boundary.TimeLimitLights;

/** A case as it is shown: its project's names, the inspection's time, and every open time limit's light now. */
@Dependent
public class AcceptanceViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeLimitLights lights;

    public AcceptanceView of(AcceptanceCase a) {
        Project project = em.find(Project.class, a.getProjectId());
        // The meeting's time as the case's own fact: whoever reads the case (an investor, an administrator, a window
        // not invited to this round) need not be someone the meeting feature shows the meeting to.
        LocalDateTime inspectionAt = a.getInspectionMeetingId() == null ? null
                : em.find(Meeting.class, a.getInspectionMeetingId()).getStartsAt();
        List<AcceptanceView.ItemView> items = new ArrayList<>();
        for (CaseItem i : a.getItems()) {
            List<CheckItem> checks = i.getChecks();
            items.add(new AcceptanceView.ItemView(i.getCode(), i.getDepartmentCode(), i.getName(), i.getNameEn(),
                    i.getCategoryCode(), i.getLimitDays(),
                    IntStream.range(0, checks.size()).mapToObj(n -> new AcceptanceView.CheckView(n + 1,
                            checks.get(n).getText(), checks.get(n).isCritical())).toList(),
                    i.getVerdict(), i.getRound(), i.getVerdictOn(),
                    a.getFindings().stream().filter(f -> f.getItemCode().equals(i.getCode())).map(this::finding).toList(),
                    i.getSignedBy(), i.getSignedAt()));
        }
        return new AcceptanceView(a.getId(), a.getVersion(), project.getFileNo(), project.getName(),
                project.getEnterprise().getName(), a.getTownCode(), a.getStatus(), a.getScope(), a.getScopeText(),
                a.getAppliedOn(), a.getCompletedOn(), a.getContact(),
                a.deadline(DeadlineKind.PRE_REVIEW).map(Deadline::getDueOn).orElse(null), a.getPreReviewMeetingId(),
                a.getPreReviewedOn(), a.getInspectionMeetingId(), inspectionAt, a.getRound(), a.isReadyForOpinion(),
                a.getOpinionNo(), a.getOpinionOn(), a.getWithdrawnOn(), a.getWithdrawReason(), items,
                a.getMaterials().stream().map(m -> new AcceptanceView.MaterialView(m.getId(), m.getMaterial(),
                        m.getItemCodes(), m.getReceivedOn(), m.getReceivedBy())).toList(),
                a.getPledges().stream().map(p -> pledge(a, p)).toList(),
                a.getDeadlines().stream().map(this::deadline).toList());
    }

    public AcceptanceSummary summary(AcceptanceCase a, String fileNo, String projectName) {
        return new AcceptanceSummary(a.getId(), fileNo, projectName, a.getTownCode(), a.getStatus(), a.getScope(),
                a.getAppliedOn(), a.deadline(DeadlineKind.PRE_REVIEW).map(Deadline::getDueOn).orElse(null),
                a.deadline(DeadlineKind.PRE_REVIEW).map(this::deadline).map(AcceptanceView.DeadlineView::light).orElse(null),
                a.getItems().stream().filter(i -> i.getVerdict().isSettled()).count(), a.getItems().size(),
                a.getOpinionNo(), a.getOpinionOn());
    }

    private AcceptanceView.FindingView finding(Finding f) {
        return new AcceptanceView.FindingView(f.getId(), f.getItemCode(), f.getRound(), f.getText(), f.getCheckNo(),
                f.getWithinDays(), f.getRaisedOn(), f.getDueOn(), f.getStatus(), f.getReportedOn(), f.getReportNote(),
                f.getClosedOn());
    }

    private AcceptanceView.PledgeView pledge(AcceptanceCase a, Pledge p) {
        var light = a.getDeadlines().stream().filter(d -> d.concerns(p)).findFirst()
                .map(d -> d.getMetOn() == null && !d.isClosed() ? lights.ofDeadline(d.getDueOn(), d.getLimitDays()) : null)
                .orElse(null);
        return new AcceptanceView.PledgeView(p.getId(), p.getItemCode(), p.getParty(), p.getText(), p.getDueOn(),
                p.getSignedBy(), p.getSignedAt(), p.getFulfilledOn(), light);
    }

    private AcceptanceView.DeadlineView deadline(Deadline d) {
        String subject = d.getFinding() != null ? d.getFinding().getItemCode() + "#" + d.getFinding().getId()
                : d.getPledge() != null ? d.getPledge().getItemCode() + "/" + d.getPledge().getParty() : null;
        boolean open = d.getMetOn() == null && !d.isClosed();
        return new AcceptanceView.DeadlineView(d.getKind(), subject, d.getLimitDays(), d.getDueOn(), d.getMetOn(),
                d.isClosed(), open ? lights.ofDeadline(d.getDueOn(), d.getLimitDays()) : null);
    }
}
