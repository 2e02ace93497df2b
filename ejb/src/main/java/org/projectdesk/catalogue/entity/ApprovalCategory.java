package org.projectdesk.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * One category of approval as a catalogue version defines it. Part of its version and never
 * changed after the version is made: a change is a new version.
 */
@Entity
@Table(name = "approval_category")
@NamedQuery(name = ApprovalCategory.CODES_OF_STAGE, query = "select c.code from ApprovalCategory c"
        + " where c.catalogueVersion.number = :number and c.stage = :stage")
public class ApprovalCategory {

    public static final String CODES_OF_STAGE = "ApprovalCategory.codesOfStage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_category_seq")
    @SequenceGenerator(name = "approval_category_seq", sequenceName = "approval_category_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "catalogue_version_id", nullable = false, updatable = false)
    private CatalogueVersion catalogueVersion;

    @Size(max = 20)
    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Size(max = 100)
    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200, updatable = false)
    private String nameEn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_code", nullable = false, updatable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Stage stage;

    @Column(name = "statutory_days", nullable = false, updatable = false)
    private int statutoryDays;

    @Column(name = "promised_days", nullable = false, updatable = false)
    private int promisedDays;

    @Column(name = "green_channel_days", nullable = false, updatable = false)
    private int greenChannelDays;

    @Column(name = "is_immediate", nullable = false, updatable = false)
    private boolean immediate;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_case_type", nullable = false, length = 12, updatable = false)
    private CaseType defaultCaseType;

    @Column(name = "is_simulatable", nullable = false, updatable = false)
    private boolean simulatable;

    /** Read for every category of a version in one statement when the version is read whole (22 shipped categories). */
    @BatchSize(size = 64)
    @ElementCollection
    @CollectionTable(name = "category_prerequisite", joinColumns = @JoinColumn(name = "category_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "prerequisite_code", nullable = false, length = 20)
    private List<@Size(max = 20) String> prerequisites = new ArrayList<>();

    @BatchSize(size = 64)
    @ElementCollection
    @CollectionTable(name = "category_material", joinColumns = @JoinColumn(name = "category_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "material", nullable = false, length = 300)
    private List<@Size(max = 300) String> materials = new ArrayList<>();

    @Size(max = 1000)
    @Column(name = "service_content", length = 1000, updatable = false)
    private String serviceContent;

    @Size(max = 1000)
    @Column(name = "procedure_steps", length = 1000, updatable = false)
    private String procedure;

    @Size(max = 500)
    @Column(length = 500, updatable = false)
    private String fee;

    @Size(max = 1000)
    @Column(name = "legal_basis", length = 1000, updatable = false)
    private String legalBasis;

    protected ApprovalCategory() {
    }

    ApprovalCategory(CatalogueVersion catalogueVersion, CategoryTerms terms, Department department) {
        this.catalogueVersion = catalogueVersion;
        this.code = terms.code();
        this.name = terms.name();
        this.nameEn = terms.nameEn();
        this.department = department;
        this.stage = terms.stage();
        this.statutoryDays = terms.statutoryDays();
        this.promisedDays = terms.promisedDays();
        this.greenChannelDays = terms.greenChannelDays();
        this.immediate = terms.immediate();
        this.defaultCaseType = terms.defaultCaseType();
        this.simulatable = terms.simulatable();
        this.prerequisites.addAll(terms.prerequisites());
        this.materials.addAll(terms.materials());
        this.serviceContent = terms.serviceContent();
        this.procedure = terms.procedure();
        this.fee = terms.fee();
        this.legalBasis = terms.legalBasis();
    }

    public CategoryTerms terms() {
        return new CategoryTerms(code, name, nameEn, department.getCode(), stage, statutoryDays, promisedDays,
                greenChannelDays, immediate, defaultCaseType, prerequisites, simulatable, materials, serviceContent,
                procedure, fee, legalBasis);
    }

    public Long getId() {
        return id;
    }

    public CatalogueVersion getCatalogueVersion() {
        return catalogueVersion;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Department getDepartment() {
        return department;
    }

    public Stage getStage() {
        return stage;
    }

    public int getStatutoryDays() {
        return statutoryDays;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public int getGreenChannelDays() {
        return greenChannelDays;
    }

    public boolean isImmediate() {
        return immediate;
    }

    public CaseType getDefaultCaseType() {
        return defaultCaseType;
    }

    public boolean isSimulatable() {
        return simulatable;
    }

    public List<String> getPrerequisites() {
        return List.copyOf(prerequisites);
    }

    public List<String> getMaterials() {
        return List.copyOf(materials);
    }

    public String getServiceContent() {
        return serviceContent;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getFee() {
        return fee;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
