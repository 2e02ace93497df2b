package org.projectdesk.acceptance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.calendar.control.Period;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/**
 * A joint completion acceptance (建设工程联合竣工验收) of one project, or of a phase of it: one
 * application, one list of materials told once, one pre-review, one joint site visit at which every
 * involved department judges its section of one combined form, rectification and re-inspection of the
 * failed items only, passes on pledge, and one joint opinion. Its lifecycle:
 * <pre>
 *   APPLIED ──pre-review held──▶ PRE_REVIEWED ──inspection scheduled (materials complete)──▶ INSPECTION_SCHEDULED
 *                                                                                         │ every item judged
 *            ┌──────────── re-inspection scheduled (every finding reported put right) ◀── RECTIFYING (an item failed)
 *            ▼                                                                             │
 *   INSPECTION_SCHEDULED ── every item passed, on pledge or not applicable ── opinion issued ──▶ PASSED
 *   any open state ──withdraw(reason)──▶ WITHDRAWN
 * </pre>
 * Each step's time limit is a {@link Deadline}: the pre-review and the inspection after it, every
 * finding, the re-inspection, every pledge, and the whole case against its target, from which the
 * working days the builder spends rectifying are left out. A refused step changes nothing and names
 * its field.
 */
@Entity
@Table(name = "acceptance_case")
public class AcceptanceCase {

    public static final int MAX_FINDINGS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_case_seq")
    @SequenceGenerator(name = "acceptance_case_seq", sequenceName = "acceptance_case_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Size(max = 18)
    @Column(name = "enterprise_code", nullable = false, length = 18, updatable = false)
    private String enterpriseCode;

    @Size(max = 20)
    @Column(name = "town_code", nullable = false, length = 20, updatable = false)
    private String townCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private AcceptanceScope scope;

    @Size(max = 200)
    @Column(name = "scope_text", length = 200, updatable = false)
    private String scopeText;

    @Column(name = "applied_on", nullable = false, updatable = false)
    private LocalDate appliedOn;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Size(max = 200)
    @Column(nullable = false, length = 200, updatable = false)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AcceptanceStatus status = AcceptanceStatus.APPLIED;

    @Column(name = "pre_review_meeting_id")
    private Long preReviewMeetingId;

    @Column(name = "pre_reviewed_on")
    private LocalDate preReviewedOn;

    @Column(name = "inspection_meeting_id")
    private Long inspectionMeetingId;

    /** 0 before the first inspection is scheduled; 1 the first inspection, 2 the first re-inspection, … */
    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "rectifying_since")
    private LocalDate rectifyingSince;

    @Size(max = 30)
    @Column(name = "opinion_no", length = 30, unique = true)
    private String opinionNo;

    @Column(name = "opinion_on")
    private LocalDate opinionOn;

    @Size(max = 64)
    @Column(name = "opinion_by", length = 64)
    private String opinionBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Size(max = 500)
    @Column(name = "withdraw_reason", length = 500)
    private String withdrawReason;

    @Size(max = 64)
    @Column(name = "applied_by", nullable = false, length = 64, updatable = false)
    private String appliedBy;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    // A list's rows read their items and limits: loaded for a page of cases at once, not case by case.
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "acceptance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "acceptance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseMaterial> materials = new ArrayList<>();

    @OneToMany(mappedBy = "acceptance", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Finding> findings = new ArrayList<>();

    @OneToMany(mappedBy = "acceptance", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Pledge> pledges = new ArrayList<>();

    // A list's rows read their items and limits: loaded for a page of cases at once, not case by case.
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "acceptance", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Deadline> deadlines = new ArrayList<>();

    /** The builder's rectification periods, left out of the whole case's target. */
    @ElementCollection
    @CollectionTable(name = "acceptance_case_pause", joinColumns = @JoinColumn(name = "case_id"))
    @OrderBy("firstDay")
    private List<Pause> pauses = new ArrayList<>();

    /** A period the builder spent rectifying (both days included). */
    @Embeddable
    public static class Pause {

        @Column(name = "first_day", nullable = false)
        private LocalDate firstDay;

        @Column(name = "last_day", nullable = false)
        private LocalDate lastDay;

        protected Pause() {
        }

        Pause(LocalDate first, LocalDate last) {
            this.firstDay = first;
            this.lastDay = last;
        }

        Period period() {
            return new Period(firstDay, lastDay);
        }

        public LocalDate getFirstDay() {
            return firstDay;
        }

        public LocalDate getLastDay() {
            return lastDay;
        }
    }

    /** A finding as a department writes it: the shortfall, the check it concerns (1-based, optional), its working days. */
    public record FindingText(String text, Integer checkNo, Integer withinDays) {
    }

    protected AcceptanceCase() {
    }

    /**
     * The application, on {@code appliedOn} (today or a past day, not before the completion), for the
     * items that apply to the project; their materials merged into the one-time list.
     */
    public AcceptanceCase(Long projectId, String enterpriseCode, String townCode, AcceptanceScope scope, String scopeText,
            LocalDate appliedOn, LocalDate completedOn, String contact, List<ItemDefinition> applicable,
            MaterialList materialList, AcceptanceTerms terms, LocalDate today, String appliedBy, Instant appliedAt,
            DueDates calendar) {
        if (scope == null) {
            throw new RuleViolation("scope", "acceptance.scope.required");
        }
        String scopeNote = blankToNull(scopeText);
        if (scope == AcceptanceScope.PHASE && scopeNote == null) {
            throw new RuleViolation("scopeText", "acceptance.scopeText.required");
        }
        StepDate.check("appliedOn", appliedOn, today, null);
        StepDate.check("completedOn", completedOn, today, null);
        if (appliedOn.isBefore(completedOn)) {
            throw new RuleViolation("appliedOn", "acceptance.appliedOn.beforeCompletion", appliedOn, completedOn);
        }
        String contactText = blankToNull(contact);
        if (contactText == null) {
            throw new RuleViolation("contact", "acceptance.contact.required");
        }
        if (applicable.isEmpty()) {
            throw new RuleViolation(null, "acceptance.items.none");
        }
        this.projectId = projectId;
        this.enterpriseCode = enterpriseCode;
        this.townCode = townCode;
        this.scope = scope;
        this.scopeText = scopeNote;
        this.appliedOn = appliedOn;
        this.completedOn = completedOn;
        this.contact = contactText;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
        applicable.stream().sorted(Comparator.comparingInt(ItemDefinition::getPosition))
                .forEach(d -> items.add(new CaseItem(this, d)));
        materialList.lines().forEach(line -> materials.add(new CaseMaterial(this, materials.size() + 1, line.material(),
                line.key(), line.itemCodes())));
        deadlines.add(new Deadline(this, DeadlineKind.PRE_REVIEW, null, null, terms.preReviewDays(),
                calendar.due(appliedOn, terms.preReviewDays(), List.of())));
        deadlines.add(new Deadline(this, DeadlineKind.CASE, null, null, terms.targetDays(),
                calendar.due(appliedOn, terms.targetDays(), List.of())));
    }

    /** The pre-review meeting is scheduled (or moved to another meeting after one was cancelled). */
    public void preReviewScheduled(long meetingId) {
        require(status == AcceptanceStatus.APPLIED && preReviewMeetingId == null, "SCHEDULE_PRE_REVIEW");
        preReviewMeetingId = meetingId;
    }

    /** The pre-review meeting was cancelled: another may be scheduled. */
    public void meetingCancelled(long meetingId) {
        if (Long.valueOf(meetingId).equals(preReviewMeetingId) && status == AcceptanceStatus.APPLIED) {
            preReviewMeetingId = null;
        } else if (Long.valueOf(meetingId).equals(inspectionMeetingId) && status == AcceptanceStatus.INSPECTION_SCHEDULED
                && items.stream().noneMatch(i -> i.getRound() == round && i.getVerdict() != ItemVerdict.PENDING)) {
            inspectionMeetingId = null;
            if (round == 1) {
                status = AcceptanceStatus.PRE_REVIEWED;
            } else {
                items.stream().filter(i -> i.getRound() == round).forEach(i -> i.reinspectionCancelled(round - 1));
                status = AcceptanceStatus.RECTIFYING;
            }
            round--;
        }
    }

    /** The pre-review meeting was held (closed with every department's opinion) on {@code heldOn}. */
    public void preReviewed(long meetingId, LocalDate heldOn, AcceptanceTerms terms, DueDates calendar) {
        if (!Long.valueOf(meetingId).equals(preReviewMeetingId) || status != AcceptanceStatus.APPLIED) {
            return;
        }
        status = AcceptanceStatus.PRE_REVIEWED;
        preReviewedOn = heldOn;
        meet(DeadlineKind.PRE_REVIEW, heldOn);
        deadlines.add(new Deadline(this, DeadlineKind.INSPECTION, null, null, terms.inspectionDays(),
                calendar.due(heldOn, terms.inspectionDays(), List.of())));
    }

    /** A material of the list is received on {@code on}. */
    public void receiveMaterial(long materialId, LocalDate on, LocalDate today, String by) {
        requireOpen("RECEIVE_MATERIAL");
        CaseMaterial material = materials.stream().filter(m -> m.getId() == materialId).findFirst()
                .orElseThrow(() -> new RuleViolation("materialId", "acceptance.material.unknown", materialId));
        if (!material.isOutstanding()) {
            throw new RuleViolation("materialId", "acceptance.material.received", material.getMaterial());
        }
        StepDate.check(on, today, appliedOn);
        material.receive(on, by);
    }

    /** A material the pre-review asks for, on behalf of the item: added to the list once. */
    public void askFor(String material, String key, String itemCode) {
        requireOpen("ASK_FOR_MATERIAL");
        Optional<CaseMaterial> known = materials.stream().filter(m -> m.getMaterialKey().equals(key)).findFirst();
        if (known.isPresent()) {
            known.get().askedAlsoBy(itemCode);
        } else {
            materials.add(new CaseMaterial(this, materials.size() + 1, material, key, List.of(itemCode)));
        }
    }

    /**
     * The joint site inspection, as the meeting {@code meetingId}: the first, once the
     * pre-review is held and every material is in; or a re-inspection of the failed items, once every
     * finding is reported put right.
     */
    public void scheduleInspection(long meetingId) {
        if (status == AcceptanceStatus.PRE_REVIEWED) {
            List<String> outstanding = materials.stream().filter(CaseMaterial::isOutstanding).map(CaseMaterial::getMaterial).toList();
            if (!outstanding.isEmpty()) {
                throw new RuleViolation("materials", "acceptance.inspection.materials", String.join("；", outstanding));
            }
            round = 1;
        } else if (status == AcceptanceStatus.RECTIFYING) {
            List<String> open = findings.stream().filter(f -> f.getStatus() == FindingStatus.OPEN && f.isRectification())
                    .map(Finding::getText).toList();
            if (!open.isEmpty()) {
                throw new RuleViolation("findings", "acceptance.reinspection.findingsOpen", String.join("；", open));
            }
            round++;
            items.stream().filter(i -> i.getVerdict() == ItemVerdict.RECTIFY).forEach(i -> i.reinspectIn(round));
        } else {
            throw illegal("SCHEDULE_INSPECTION");
        }
        inspectionMeetingId = meetingId;
        status = AcceptanceStatus.INSPECTION_SCHEDULED;
    }

    /**
     * A pledge (承诺) on an item still to be passed, by the builder or the town, to put its paperwork
     * right by {@code dueOn}. One per party and item; not on an item whose every check is critical.
     */
    public Pledge pledge(String itemCode, PledgeParty party, String text, LocalDate dueOn, LocalDate today, String by,
            Instant at, DueDates calendar) {
        if (status != AcceptanceStatus.INSPECTION_SCHEDULED && status != AcceptanceStatus.RECTIFYING) {
            throw illegal("PLEDGE");
        }
        CaseItem item = item(itemCode);
        if (item.getVerdict().isSettled()) {
            throw new RuleViolation("itemCode", "acceptance.pledge.settled", itemCode, item.getVerdict());
        }
        if (!item.isPledgeable()) {
            throw new RuleViolation("itemCode", "acceptance.pledge.critical", itemCode);
        }
        if (party == null) {
            throw new RuleViolation("party", "acceptance.pledge.party");
        }
        String pledged = blankToNull(text);
        if (pledged == null) {
            throw new RuleViolation("text", "acceptance.pledge.text");
        }
        if (dueOn == null || !dueOn.isAfter(today) || dueOn.isAfter(today.plusYears(1))) {
            throw new RuleViolation("dueOn", "acceptance.pledge.dueOn", dueOn, today);
        }
        if (pledges.stream().anyMatch(p -> p.getItemCode().equals(itemCode) && p.getParty() == party)) {
            throw new RuleViolation("party", "acceptance.pledge.twice", party, itemCode);
        }
        Pledge pledge = new Pledge(this, itemCode, party, pledged, dueOn, today, by, at);
        pledges.add(pledge);
        deadlines.add(new Deadline(this, DeadlineKind.PLEDGE, null, pledge, 0, dueOn));
        return pledge;
    }

    /**
     * A department's verdict on its item, on the inspection's day ({@code inspectionDay}, the meeting's, which
     * may have been moved) or later, signed by its member. A
     * rectification needs its findings, each with its working days; a pass on pledge needs the
     * shortfalls, each naming a check that is not critical, and both pledges on the item; passed and
     * not applicable take no findings. Once every item of the round is judged: failed items put the case
     * into rectification, else it waits for the opinion.
     */
    public void judge(String itemCode, ItemVerdict verdict, List<FindingText> findingTexts, LocalDate inspectionDay,
            LocalDate on, LocalDate today, String by, Instant at, AcceptanceTerms terms, DueDates calendar) {
        if (status != AcceptanceStatus.INSPECTION_SCHEDULED) {
            throw illegal("VERDICT");
        }
        CaseItem item = item(itemCode);
        if (item.getRound() != round) {
            throw new RuleViolation("itemCode", "acceptance.verdict.notInRound", itemCode, round);
        }
        if (item.getVerdict() != ItemVerdict.PENDING) {
            // Signed on the spot: a verdict stands as signed; a mistake is put right at the re-inspection.
            throw new RuleViolation("itemCode", "acceptance.verdict.signed", itemCode, item.getSignedBy());
        }
        StepDate.check(on, today, inspectionDay);
        if (verdict == null || verdict == ItemVerdict.PENDING) {
            throw new RuleViolation("verdict", "acceptance.verdict.required");
        }
        if (verdict == ItemVerdict.NOT_APPLICABLE && round > 1) {
            throw new RuleViolation("verdict", "acceptance.verdict.notApplicableLate", itemCode);
        }
        List<FindingText> texts = findingTexts == null ? List.of() : findingTexts;
        checkFindings(item, verdict, texts, terms);
        item.judge(verdict, on, by, at);
        for (FindingText t : texts) {
            boolean rectify = verdict == ItemVerdict.RECTIFY;
            LocalDate due = rectify ? calendar.due(on, t.withinDays(), List.of()) : null;
            Finding finding = new Finding(this, itemCode, round, t.text().strip(), t.checkNo(),
                    rectify ? t.withinDays() : null, on, due);
            findings.add(finding);
            if (rectify) {
                deadlines.add(new Deadline(this, DeadlineKind.FINDING, finding, null, t.withinDays(), due));
            }
        }
        if (verdict != ItemVerdict.RECTIFY) {
            findings.stream().filter(f -> f.getItemCode().equals(itemCode) && f.getRound() < round
                    && f.getStatus() != FindingStatus.CLOSED).forEach(f -> f.close(on));
        }
        if (items.stream().noneMatch(i -> i.getVerdict() == ItemVerdict.PENDING)) {
            roundJudged(on, terms);
        }
    }

    private void checkFindings(CaseItem item, ItemVerdict verdict, List<FindingText> texts, AcceptanceTerms terms) {
        if (texts.size() > MAX_FINDINGS) {
            throw new RuleViolation("findings", "acceptance.findings.many", MAX_FINDINGS);
        }
        for (int n = 0; n < texts.size(); n++) {
            FindingText t = texts.get(n);
            String field = "findings[" + n + "]";
            if (t == null || t.text() == null || t.text().isBlank()) {
                throw new RuleViolation(field + ".text", "acceptance.finding.text");
            }
            if (t.text().strip().length() > 1000) {
                throw new RuleViolation(field + ".text", "acceptance.finding.long", 1000);
            }
            if (t.checkNo() != null && (t.checkNo() < 1 || t.checkNo() > item.getChecks().size())) {
                throw new RuleViolation(field + ".checkNo", "acceptance.finding.checkNo", t.checkNo(), item.getChecks().size());
            }
            if (verdict == ItemVerdict.RECTIFY
                    && (t.withinDays() == null || t.withinDays() < 1 || t.withinDays() > terms.maxRectifyDays())) {
                throw new RuleViolation(field + ".withinDays", "acceptance.finding.withinDays", t.withinDays(),
                        terms.maxRectifyDays());
            }
            if (verdict == ItemVerdict.PASSED_ON_PLEDGE) {
                if (t.checkNo() == null) {
                    throw new RuleViolation(field + ".checkNo", "acceptance.pledge.checkRequired");
                }
                CheckItem check = item.getChecks().get(t.checkNo() - 1);
                if (check.isCritical()) {
                    throw new RuleViolation(field + ".checkNo", "acceptance.pledge.criticalCheck", check.getText());
                }
            }
        }
        switch (verdict) {
            case RECTIFY, PASSED_ON_PLEDGE -> {
                if (texts.isEmpty()) {
                    throw new RuleViolation("findings", "acceptance.findings.required", verdict);
                }
            }
            default -> {
                if (!texts.isEmpty()) {
                    throw new RuleViolation("findings", "acceptance.findings.unexpected", verdict);
                }
            }
        }
        if (verdict == ItemVerdict.PASSED_ON_PLEDGE) {
            for (PledgeParty party : PledgeParty.values()) {
                if (pledges.stream().noneMatch(p -> p.getItemCode().equals(item.getCode()) && p.getParty() == party)) {
                    throw new RuleViolation("verdict", "acceptance.pledge.missing", party, item.getCode());
                }
            }
        }
    }

    private void roundJudged(LocalDate on, AcceptanceTerms terms) {
        meet(round == 1 ? DeadlineKind.INSPECTION : DeadlineKind.REINSPECTION, on);
        if (items.stream().anyMatch(i -> i.getVerdict() == ItemVerdict.RECTIFY)) {
            status = AcceptanceStatus.RECTIFYING;
            rectifyingSince = on;
        }
    }

    /**
     * The builder reports a finding put right on {@code on}, with a note. Once the last is reported, the
     * re-inspection is due and the rectification's days leave the case's target.
     */
    public void reportDone(long findingId, String note, LocalDate on, LocalDate today, String by, AcceptanceTerms terms,
            DueDates calendar) {
        if (status != AcceptanceStatus.RECTIFYING) {
            throw illegal("REPORT_DONE");
        }
        Finding finding = findings.stream().filter(f -> f.getId() != null && f.getId() == findingId).findFirst()
                .orElseThrow(() -> new RuleViolation("findingId", "acceptance.finding.unknown", findingId));
        if (finding.getStatus() != FindingStatus.OPEN || !finding.isRectification()) {
            throw new RuleViolation("findingId", "acceptance.finding.notOpen", findingId, finding.getStatus());
        }
        StepDate.check(on, today, finding.getRaisedOn());
        String text = blankToNull(note);
        if (text == null) {
            throw new RuleViolation("note", "acceptance.finding.note");
        }
        finding.reportDone(on, text, by);
        deadlines.stream().filter(d -> d.concerns(finding)).forEach(d -> d.meet(on));
        if (findings.stream().noneMatch(f -> f.getStatus() == FindingStatus.OPEN && f.isRectification())) {
            if (on.isAfter(rectifyingSince)) {
                pauses.add(new Pause(rectifyingSince.plusDays(1), on));
            }
            deadlines.stream().filter(d -> d.getKind() == DeadlineKind.CASE && d.isOpen()).forEach(d -> d.moveTo(
                    calendar.due(appliedOn, d.getLimitDays(), pauses.stream().map(Pause::period).toList())));
            deadlines.add(new Deadline(this, DeadlineKind.REINSPECTION, null, null, terms.reinspectionDays(),
                    calendar.due(on, terms.reinspectionDays(), List.of())));
        }
    }

    /** A pledge kept on {@code on}. */
    public void fulfil(long pledgeId, LocalDate on, LocalDate today, String by) {
        Pledge pledge = pledges.stream().filter(p -> p.getId() != null && p.getId() == pledgeId).findFirst()
                .orElseThrow(() -> new RuleViolation("pledgeId", "acceptance.pledge.unknown", pledgeId));
        if (!pledge.isOpen() || status == AcceptanceStatus.WITHDRAWN) {
            throw new RuleViolation("pledgeId", "acceptance.pledge.closed", pledgeId);
        }
        StepDate.check(on, today, pledge.getSignedOn());
        pledge.fulfil(on, by);
        deadlines.stream().filter(d -> d.concerns(pledge)).forEach(d -> d.meet(on));
        // Both pledges kept: the paperwork they stood for is in, and the shortfalls close.
        if (pledges.stream().noneMatch(p -> p.getItemCode().equals(pledge.getItemCode()) && p.isOpen())) {
            findings.stream().filter(f -> f.getItemCode().equals(pledge.getItemCode()) && !f.isRectification()
                    && f.getStatus() != FindingStatus.CLOSED).forEach(f -> f.close(on));
        }
    }

    /** Every item passed, on pledge or not applicable: the opinion may be issued. */
    public boolean isReadyForOpinion() {
        return status == AcceptanceStatus.INSPECTION_SCHEDULED && items.stream().allMatch(i -> i.getVerdict().isSettled());
    }

    /** Refuses, naming what is missing, while the opinion cannot be issued (before a number is taken for it). */
    public void requireReadyForOpinion() {
        if (!isReadyForOpinion()) {
            if (status == AcceptanceStatus.INSPECTION_SCHEDULED) {
                throw new RuleViolation(null, "acceptance.opinion.pending", String.join(", ", items.stream()
                        .filter(i -> !i.getVerdict().isSettled()).map(CaseItem::getCode).toList()));
            }
            throw illegal("ISSUE_OPINION");
        }
    }

    /** 联合验收意见: issued with its number on {@code on}, once every item is settled. */
    public void issueOpinion(String number, LocalDate on, LocalDate today, String by) {
        requireReadyForOpinion();
        StepDate.check(on, today, items.stream().map(CaseItem::getVerdictOn).max(Comparator.naturalOrder()).orElse(appliedOn));
        opinionNo = number;
        opinionOn = on;
        opinionBy = by;
        status = AcceptanceStatus.PASSED;
        meet(DeadlineKind.CASE, on);
    }

    /** Withdrawn by the builder (or closed by the office) with the reason; its open time limits close. */
    public void withdraw(String reason, LocalDate on, LocalDate today) {
        requireOpen("WITHDRAW");
        String text = blankToNull(reason);
        if (text == null) {
            throw new RuleViolation("reason", "acceptance.reason.required");
        }
        StepDate.check(on, today, appliedOn);
        withdrawReason = text;
        withdrawnOn = on;
        status = AcceptanceStatus.WITHDRAWN;
        deadlines.stream().filter(Deadline::isOpen).filter(d -> d.getKind() != DeadlineKind.PLEDGE).forEach(Deadline::close);
    }

    /** The items grouped by department, in form order, as the combined form shows them. */
    public Map<String, List<CaseItem>> itemsByDepartment() {
        Map<String, List<CaseItem>> byDepartment = new LinkedHashMap<>();
        items.forEach(i -> byDepartment.computeIfAbsent(i.getDepartmentCode(), d -> new ArrayList<>()).add(i));
        return byDepartment;
    }

    public boolean involves(String departmentCode) {
        return items.stream().anyMatch(i -> i.getDepartmentCode().equals(departmentCode));
    }

    public CaseItem item(String itemCode) {
        return items.stream().filter(i -> i.getCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("itemCode", "acceptance.item.unknown", itemCode));
    }

    /** The departments that judge the items of the coming round: all at first, those of the failed items later. */
    public List<String> departmentsToInspect() {
        return items.stream().filter(i -> status == AcceptanceStatus.PRE_REVIEWED || i.getVerdict() == ItemVerdict.RECTIFY)
                .map(CaseItem::getDepartmentCode).distinct().toList();
    }

    public List<String> departments() {
        return items.stream().map(CaseItem::getDepartmentCode).distinct().toList();
    }

    public Optional<Deadline> openDeadline(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.getKind() == kind && d.isOpen()).findFirst();
    }

    public Optional<Deadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.getKind() == kind).reduce((a, b) -> b);
    }

    private void meet(DeadlineKind kind, LocalDate on) {
        deadlines.stream().filter(d -> d.getKind() == kind && d.isOpen()).forEach(d -> d.meet(on));
    }

    private void requireOpen(String step) {
        if (!status.isOpen()) {
            throw illegal(step);
        }
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw illegal(step);
        }
    }

    private RuleViolation illegal(String step) {
        return new RuleViolation(null, "acceptance.step.illegal", step, status);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public String getTownCode() {
        return townCode;
    }

    public AcceptanceScope getScope() {
        return scope;
    }

    public String getScopeText() {
        return scopeText;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getContact() {
        return contact;
    }

    public AcceptanceStatus getStatus() {
        return status;
    }

    public Long getPreReviewMeetingId() {
        return preReviewMeetingId;
    }

    public LocalDate getPreReviewedOn() {
        return preReviewedOn;
    }

    public Long getInspectionMeetingId() {
        return inspectionMeetingId;
    }

    public int getRound() {
        return round;
    }

    public String getOpinionNo() {
        return opinionNo;
    }

    public LocalDate getOpinionOn() {
        return opinionOn;
    }

    public String getOpinionBy() {
        return opinionBy;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public List<CaseItem> getItems() {
        return List.copyOf(items);
    }

    public List<CaseMaterial> getMaterials() {
        return List.copyOf(materials);
    }

    public List<Finding> getFindings() {
        return List.copyOf(findings);
    }

    public List<Pledge> getPledges() {
        return List.copyOf(pledges);
    }

    public List<Deadline> getDeadlines() {
        return List.copyOf(deadlines);
    }

    public List<Pause> getPauses() {
        return List.copyOf(pauses);
    }
}
