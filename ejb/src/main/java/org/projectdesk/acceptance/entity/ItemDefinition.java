package org.projectdesk.acceptance.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * One item of the joint completion acceptance as configured (config/acceptance/items.csv): the
 * department that judges it, the catalogue category it stands for, its check items and materials,
 * its time limit, and when it applies — to which project types, and under which conditions on the
 * project's approval plan ({@code plan:<category>}) and land ({@code land:<status>}), all of which
 * must hold. A case copies what it needs at the application, so a later import changes no case.
 */
@Entity
@Table(name = "acceptance_item")
@NamedQuery(name = ItemDefinition.ALL, query = "select d from ItemDefinition d order by d.position")
public class ItemDefinition {

    public static final String ALL = "ItemDefinition.all";

    @Id
    @Size(max = 20)
    @Column(length = 20)
    private String code;

    @Column(nullable = false)
    private int position;

    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10)
    private String departmentCode;

    @Size(max = 20)
    @Column(name = "category_code", length = 20)
    private String categoryCode;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Size(max = 100)
    @Column(name = "project_types", nullable = false, length = 100)
    private String projectTypes;

    @Size(max = 300)
    @Column(name = "applies_when", length = 300)
    private String appliesWhen;

    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acceptance_item_check", joinColumns = @JoinColumn(name = "item_code"))
    @OrderColumn(name = "item_order")
    @Valid
    private List<CheckItem> checks = new ArrayList<>();

    @BatchSize(size = 50)
    @ElementCollection
    @CollectionTable(name = "acceptance_item_material", joinColumns = @JoinColumn(name = "item_code"))
    @OrderColumn(name = "item_order")
    @Column(name = "material", nullable = false, length = 300)
    private List<@Size(max = 300) String> materials = new ArrayList<>();

    @Size(max = 1000)
    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;

    protected ItemDefinition() {
    }

    public ItemDefinition(String code, int position, String name, String nameEn, String departmentCode, String categoryCode,
            int limitDays, Collection<String> projectTypes, String appliesWhen, Collection<CheckItem> checks,
            Collection<String> materials, String legalBasis) {
        this.code = code;
        this.position = position;
        this.name = name;
        this.nameEn = nameEn;
        this.departmentCode = departmentCode;
        this.categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        this.limitDays = limitDays;
        this.projectTypes = String.join("|", projectTypes);
        this.appliesWhen = appliesWhen == null || appliesWhen.isBlank() ? null : appliesWhen;
        this.checks.addAll(checks);
        this.materials.addAll(materials);
        this.legalBasis = legalBasis;
    }

    /**
     * Whether the item applies to a project of the type, with these categories in its plan (dropped
     * ones left out) and that land status.
     */
    public boolean appliesTo(String projectType, Set<String> plannedCategories, String landStatus) {
        if (!getProjectTypes().contains(projectType)) {
            return false;
        }
        for (String condition : conditions()) {
            if (condition.startsWith("plan:") && !plannedCategories.contains(condition.substring(5))) {
                return false;
            }
            if (condition.startsWith("land:") && !condition.substring(5).equals(landStatus)) {
                return false;
            }
        }
        return true;
    }

    /** The conditions, each {@code plan:<category>} or {@code land:<status>}. */
    public List<String> conditions() {
        return appliesWhen == null ? List.of() : Arrays.stream(appliesWhen.split("\\|")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
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

    public List<String> getProjectTypes() {
        return List.of(projectTypes.split("\\|"));
    }

    public String getAppliesWhen() {
        return appliesWhen;
    }

    public List<CheckItem> getChecks() {
        return List.copyOf(checks);
    }

    public List<String> getMaterials() {
        return List.copyOf(materials);
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
