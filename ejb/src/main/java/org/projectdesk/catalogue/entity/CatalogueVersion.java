package org.projectdesk.catalogue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A complete catalogue as it stood from its effective date: every category with its limits. Made
 * whole, from a checked list of category terms, and never edited afterwards; the version in force on
 * a day is the one with the latest effective date on or before it (the higher number on a tie).
 */
@Entity
@Table(name = "catalogue_version")
@NamedQuery(name = CatalogueVersion.ALL, query = "select v from CatalogueVersion v order by v.number desc")
@NamedQuery(name = CatalogueVersion.NUMBER_IN_FORCE, query = "select v.number from CatalogueVersion v"
        + " where v.effectiveFrom <= :day order by v.effectiveFrom desc, v.number desc")
@NamedQuery(name = CatalogueVersion.BY_NUMBER, query = "select v from CatalogueVersion v where v.number = :number")
@NamedQuery(name = CatalogueVersion.LATEST_NUMBER, query = "select coalesce(max(v.number), 0) from CatalogueVersion v")
public class CatalogueVersion {

    public static final String ALL = "CatalogueVersion.all";
    public static final String NUMBER_IN_FORCE = "CatalogueVersion.numberInForce";
    public static final String BY_NUMBER = "CatalogueVersion.byNumber";
    public static final String LATEST_NUMBER = "CatalogueVersion.latestNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_version_seq")
    @SequenceGenerator(name = "catalogue_version_seq", sequenceName = "catalogue_version_seq", allocationSize = 1)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true, updatable = false)
    private int number;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Size(max = 300)
    @Column(nullable = false, length = 300, updatable = false)
    private String note;

    @Size(max = 64)
    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "catalogueVersion", cascade = CascadeType.PERSIST)
    @OrderBy("code")
    private List<ApprovalCategory> categories = new ArrayList<>();

    protected CatalogueVersion() {
    }

    /**
     * A new version after {@code previous} (null for the first). It may not take effect before the
     * version it follows: history already relied on is never rewritten.
     */
    public CatalogueVersion(CatalogueVersion previous, int number, LocalDate effectiveFrom, String note,
            List<CategoryTerms> terms, Map<String, Department> departments, String createdBy, Instant createdAt) {
        if (effectiveFrom == null) {
            throw new RuleViolation("effectiveFrom", "catalogue.effectiveFrom.required");
        }
        if (previous != null && effectiveFrom.isBefore(previous.effectiveFrom)) {
            throw new RuleViolation("effectiveFrom", "catalogue.effectiveFrom.beforePrevious", effectiveFrom,
                    previous.number, previous.effectiveFrom);
        }
        if (terms.isEmpty()) {
            throw new RuleViolation(null, "catalogue.empty");
        }
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.note = note == null || note.isBlank() ? "-" : note.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        for (CategoryTerms category : terms) {
            Department department = departments.get(category.departmentCode());
            if (department == null) {
                throw new RuleViolation("department", "catalogue.department.unknown", category.departmentCode());
            }
            categories.add(new ApprovalCategory(this, category, department));
        }
    }

    public Optional<ApprovalCategory> category(String code) {
        return categories.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public List<CategoryTerms> terms() {
        return categories.stream().map(ApprovalCategory::terms).toList();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ApprovalCategory> getCategories() {
        return List.copyOf(categories);
    }
}
