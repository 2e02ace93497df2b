package org.projectdesk.acceptance.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * One department's section of the combined form (流程一表): the item as configured when the case was
 * applied for, and its verdict in the current round, signed by the department's member (who, when).
 */
@Entity
@Table(name = "acceptance_case_item")
public class CaseItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_case_item_seq")
    @SequenceGenerator(name = "acceptance_case_item_seq", sequenceName = "acceptance_case_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private AcceptanceCase acceptance;

    @Size(max = 20)
    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int position;

    @Size(max = 100)
    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200, updatable = false)
    private String nameEn;

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10, updatable = false)
    private String departmentCode;

    @Size(max = 20)
    @Column(name = "category_code", length = 20, updatable = false)
    private String categoryCode;

    @Column(name = "limit_days", nullable = false, updatable = false)
    private int limitDays;

    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acceptance_case_check", joinColumns = @JoinColumn(name = "case_item_id"))
    @OrderColumn(name = "item_order")
    @Valid
    private List<CheckItem> checks = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemVerdict verdict = ItemVerdict.PENDING;

    /** The round (1 the first inspection, 2 the first re-inspection, …) the item is judged in. */
    @Column(name = "round_no", nullable = false)
    private int round = 1;

    @Column(name = "verdict_on")
    private LocalDate verdictOn;

    @Size(max = 64)
    @Column(name = "signed_by", length = 64)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected CaseItem() {
    }

    CaseItem(AcceptanceCase acceptance, ItemDefinition definition) {
        this.acceptance = acceptance;
        this.code = definition.getCode();
        this.position = definition.getPosition();
        this.name = definition.getName();
        this.nameEn = definition.getNameEn();
        this.departmentCode = definition.getDepartmentCode();
        this.categoryCode = definition.getCategoryCode();
        this.limitDays = definition.getLimitDays();
        this.checks.addAll(definition.getChecks());
    }

    void judge(ItemVerdict newVerdict, LocalDate on, String by, Instant at) {
        verdict = newVerdict;
        verdictOn = on;
        signedBy = by;
        signedAt = at;
    }

    /** Judged again in the round: its verdict (RECTIFY) stands in the history and the findings, not here. */
    void reinspectIn(int newRound) {
        round = newRound;
        verdict = ItemVerdict.PENDING;
        verdictOn = null;
        signedBy = null;
        signedAt = null;
    }

    /** The re-inspection was called off: the item is back where it was. */
    void reinspectionCancelled(int previousRound) {
        round = previousRound;
        verdict = ItemVerdict.RECTIFY;
    }

    /** Whether some check may be short on paperwork alone (not every check is safety- or quality-critical). */
    public boolean isPledgeable() {
        return checks.stream().anyMatch(c -> !c.isCritical());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public List<CheckItem> getChecks() {
        return List.copyOf(checks);
    }

    public ItemVerdict getVerdict() {
        return verdict;
    }

    public int getRound() {
        return round;
    }

    public LocalDate getVerdictOn() {
        return verdictOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
