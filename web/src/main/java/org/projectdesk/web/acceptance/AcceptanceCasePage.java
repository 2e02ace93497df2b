package org.projectdesk.web.acceptance;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.boundary.InspectionTime;
import org.projectdesk.acceptance.boundary.PledgeRecord;
import org.projectdesk.acceptance.boundary.VerdictRecord;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.acceptance.entity.ItemVerdict;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.security.boundary.CallerScope;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * One joint completion acceptance: the application and where it stands, its time limits with their
 * lights, the one-time list of materials, the pre-review and the (re-)inspection, and the one combined
 * form, every item grouped by department with its checks, verdict, findings and signature. A
 * department window signs its own items' verdicts on the form; the office schedules, receives
 * materials, records pledges and findings put right, issues the opinion or withdraws the case. What
 * each caller may do the boundary decides; the page offers only what {@code CallerScope} says they may.
 */
@Named
@ViewScoped
public class AcceptanceCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Acceptances acceptances;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    private Long id;
    private AcceptanceView acceptance;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;

    private LocalDate receivedOn;

    /** The verdict being written for each item a department window may sign, by item code. */
    private final Map<String, VerdictDraft> drafts = new HashMap<>();

    private PledgeParty pledgeParty = PledgeParty.BUILDER;
    private String pledgeItem;
    private String pledgeText;
    private LocalDate pledgeDueOn;

    private Long findingId;
    private String doneNote;
    private LocalDate doneOn;

    private LocalDate opinionOn;
    private String withdrawReason;

    /** One finding row of a verdict being written: what is wrong, the check it concerns, the working days to put it right. */
    public static final class FindingDraft implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private Integer checkNo;
        private Integer withinDays;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public Integer getCheckNo() { return checkNo; }
        public void setCheckNo(Integer checkNo) { this.checkNo = checkNo; }
        public Integer getWithinDays() { return withinDays; }
        public void setWithinDays(Integer withinDays) { this.withinDays = withinDays; }
    }

    /** A verdict being written on one item: the verdict and its finding rows. */
    public static final class VerdictDraft implements Serializable {
        private static final long serialVersionUID = 1L;
        private ItemVerdict verdict;
        private final List<FindingDraft> findings = new ArrayList<>(List.of(new FindingDraft()));

        public ItemVerdict getVerdict() { return verdict; }
        public void setVerdict(ItemVerdict verdict) { this.verdict = verdict; }
        public List<FindingDraft> getFindings() { return findings; }

        /** Findings go with a rectification and a pass on pledge only. */
        public boolean isTakesFindings() {
            return verdict == ItemVerdict.RECTIFY || verdict == ItemVerdict.PASSED_ON_PLEDGE;
        }
    }

    /** Loads the case named in the address; an unknown one, or one the caller may not see, is a 404. */
    public void load() {
        if (Attempt.load(faces, () -> {
            if (id == null) {
                throw new NotFound("No acceptance was named");
            }
            acceptance = acceptances.acceptance(id);
        })) {
            LocalDate today = LocalDate.now(clock);
            receivedOn = today;
            doneOn = today;
            opinionOn = today;
        }
    }

    private void reload() {
        acceptance = acceptances.acceptance(id);
    }

    /** Runs a change; done, the case is read again (as it is after a stale version, too). */
    private boolean change(Runnable step, String doneKey) {
        boolean done = Attempt.in(faces, messages).refreshingOnStale(this::reload).run(step, messages.text(doneKey));
        if (done) {
            reload();
        }
        return done;
    }

    // ------------------------------------------------------------------ the office's steps

    public void prepareMeeting() {
        startsAt = null;
        endsAt = null;
        place = null;
    }

    public void schedulePreReview() {
        if (change(() -> acceptances.schedulePreReview(id, acceptance.version(), new InspectionTime(startsAt, endsAt, place)),
                "acc.preReview.scheduled")) {
            prepareMeeting();
        }
    }

    public void scheduleInspection() {
        String done = acceptance.round() == 0 ? "acc.inspection.scheduled" : "acc.reinspection.scheduled";
        if (change(() -> acceptances.scheduleInspection(id, acceptance.version(), new InspectionTime(startsAt, endsAt, place)),
                done)) {
            prepareMeeting();
        }
    }

    public void receiveMaterial(long materialId) {
        change(() -> acceptances.receiveMaterial(id, materialId, receivedOn), "acc.material.received");
    }

    public void pledge() {
        if (change(() -> acceptances.pledge(id, new PledgeRecord(pledgeParty, pledgeItem, pledgeText, pledgeDueOn)),
                "acc.pledge.recorded")) {
            pledgeText = null;
            pledgeDueOn = null;
        }
    }

    public void fulfil(long pledgeId) {
        change(() -> acceptances.fulfilPledge(id, pledgeId, null), "acc.pledge.kept");
    }

    public void prepareDone(long finding) {
        findingId = finding;
        doneNote = null;
        doneOn = LocalDate.now(clock);
    }

    public void reportDone() {
        change(() -> acceptances.reportDone(id, findingId, doneNote, doneOn), "acc.finding.reported");
    }

    public void issueOpinion() {
        change(() -> acceptances.issueOpinion(id, acceptance.version(), opinionOn), "acc.opinion.issued");
    }

    public void withdraw() {
        change(() -> acceptances.withdraw(id, acceptance.version(), withdrawReason, null), "acc.withdrawn");
    }

    // ------------------------------------------------------------------ a department window's verdict

    public VerdictDraft draft(String itemCode) {
        return drafts.computeIfAbsent(itemCode, code -> new VerdictDraft());
    }

    public void addFinding(String itemCode) {
        draft(itemCode).findings.add(new FindingDraft());
    }

    public void removeFinding(String itemCode, int row) {
        List<FindingDraft> rows = draft(itemCode).findings;
        if (row >= 0 && row < rows.size()) {
            rows.remove(row);
        }
        if (rows.isEmpty()) {
            rows.add(new FindingDraft());
        }
    }

    /** Signs the window's verdict on its item: the rows left blank are not findings. */
    public void sign(String itemCode) {
        VerdictDraft draft = draft(itemCode);
        List<VerdictRecord.FindingRecord> findings = !draft.isTakesFindings() ? List.of() : draft.findings.stream()
                .filter(f -> f.text != null && !f.text.isBlank() || f.checkNo != null || f.withinDays != null)
                .map(f -> new VerdictRecord.FindingRecord(f.text, f.checkNo,
                        draft.verdict == ItemVerdict.RECTIFY ? f.withinDays : null))
                .toList();
        if (change(() -> acceptances.recordVerdict(id, itemCode, new VerdictRecord(draft.verdict, findings, null,
                acceptance.version())), "acc.verdict.signed")) {
            drafts.remove(itemCode);
        }
    }

    /** The verdicts a window may sign (not "not applicable" at a re-inspection). */
    public List<ItemVerdict> getVerdicts() {
        return List.of(ItemVerdict.values()).stream().filter(v -> v != ItemVerdict.PENDING)
                .filter(v -> v != ItemVerdict.NOT_APPLICABLE || acceptance.round() <= 1).toList();
    }

    /** The checks a finding may name: for a pass on pledge only those that do not concern quality or safety. */
    public List<AcceptanceView.CheckView> checksFor(AcceptanceView.ItemView item) {
        boolean pledged = draft(item.code()).verdict == ItemVerdict.PASSED_ON_PLEDGE;
        return item.checks().stream().filter(c -> !pledged || !c.critical()).toList();
    }

    // ------------------------------------------------------------------ what the form shows

    /** The departments on the form, in the order of their first items. */
    public List<String> getDepartments() {
        return acceptance.items().stream().map(AcceptanceView.ItemView::departmentCode).distinct().toList();
    }

    public List<AcceptanceView.ItemView> itemsOf(String department) {
        return acceptance.items().stream().filter(i -> i.departmentCode().equals(department)).toList();
    }

    /** Whether the item waits for its verdict at the inspection now under way. */
    public boolean awaitsVerdict(AcceptanceView.ItemView item) {
        return acceptance.status() == AcceptanceStatus.INSPECTION_SCHEDULED && item.verdict() == ItemVerdict.PENDING
                && item.round() == acceptance.round();
    }

    public boolean isOpen() {
        return acceptance != null && acceptance.status().isOpen();
    }

    public boolean isPreReviewToSchedule() {
        return acceptance.status() == AcceptanceStatus.APPLIED && acceptance.preReviewMeetingId() == null;
    }

    /** After the pre-review, the joint inspection; while rectifying, the re-inspection of the failed items. */
    public boolean isInspectionToSchedule() {
        return acceptance.status() == AcceptanceStatus.PRE_REVIEWED || acceptance.status() == AcceptanceStatus.RECTIFYING;
    }

    public boolean isRectificationNotice() {
        return acceptance.rectificationFindings().stream().anyMatch(f -> f.status() == FindingStatus.OPEN
                || f.status() == FindingStatus.REPORTED_DONE);
    }

    public boolean isOpinionToIssue() {
        return isOpen() && acceptance.readyForOpinion();
    }

    public boolean isMaterialsComplete() {
        return acceptance.materials().stream().allMatch(m -> m.receivedOn() != null);
    }

    /**
     * What a time limit is for, in words: a finding's item and text ("ACC-PLAN#12" in the view), a pledge's
     * item and party ("ACC-FIRE/TOWN"), or nothing for the case's own limits.
     */
    public String subject(AcceptanceView.DeadlineView deadline) {
        String subject = deadline.subject();
        if (subject == null) {
            return "";
        }
        int pledge = subject.indexOf('/');
        if (pledge > 0) {
            return subject.substring(0, pledge) + " · " + messages.text("acc.party." + subject.substring(pledge + 1));
        }
        int finding = subject.indexOf('#');
        if (finding > 0) {
            String id = subject.substring(finding + 1);
            return subject.substring(0, finding) + " · " + acceptance.items().stream().flatMap(i -> i.findings().stream())
                    .filter(f -> String.valueOf(f.id()).equals(id)).map(AcceptanceView.FindingView::text).findFirst().orElse(id);
        }
        return subject;
    }

    /** The items pledges may be recorded on: those not passed yet. */
    public List<AcceptanceView.ItemView> getPledgeItems() {
        return acceptance.items().stream().filter(i -> !i.verdict().isSettled()).toList();
    }

    /**
     * The parties the caller may pledge for, as the boundary allows them: the office records either (from
     * the signed paper), an investor the builder's, a town's staff the town's; nobody else pledges.
     */
    public List<PledgeParty> parties(CallerScope scope) {
        if (scope.isOffice()) {
            return List.of(PledgeParty.values());
        }
        return scope.isInvestor() ? List.of(PledgeParty.BUILDER) : scope.isTown() ? List.of(PledgeParty.TOWN) : List.of();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AcceptanceView getAcceptance() { return acceptance; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public PledgeParty getPledgeParty() { return pledgeParty; }
    public void setPledgeParty(PledgeParty pledgeParty) { this.pledgeParty = pledgeParty; }
    public String getPledgeItem() { return pledgeItem; }
    public void setPledgeItem(String pledgeItem) { this.pledgeItem = pledgeItem; }
    public String getPledgeText() { return pledgeText; }
    public void setPledgeText(String pledgeText) { this.pledgeText = pledgeText; }
    public LocalDate getPledgeDueOn() { return pledgeDueOn; }
    public void setPledgeDueOn(LocalDate pledgeDueOn) { this.pledgeDueOn = pledgeDueOn; }
    public Long getFindingId() { return findingId; }
    public String getDoneNote() { return doneNote; }
    public void setDoneNote(String doneNote) { this.doneNote = doneNote; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public LocalDate getOpinionOn() { return opinionOn; }
    public void setOpinionOn(LocalDate opinionOn) { this.opinionOn = opinionOn; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
}
