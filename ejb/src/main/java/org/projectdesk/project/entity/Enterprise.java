package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import org.projectdesk.shared.control.InputName;
import org.projectdesk.shared.control.RuleViolation;

/** The investor behind one or more projects, known by its unified social credit code. */
@Entity
@InputName("enterprise")
@Table(name = "enterprise")
@NamedQuery(name = Enterprise.BY_CREDIT_CODE, query = "select e from Enterprise e where e.creditCode = :code")
@NamedQuery(name = Enterprise.FIND, query = "select e from Enterprise e"
        + " where locate(:name, lower(e.name)) > 0 or locate(:code, e.creditCode) = 1 order by e.name, e.creditCode")
public class Enterprise {

    public static final String BY_CREDIT_CODE = "Enterprise.byCreditCode";
    /** Enterprises whose name contains {@code name} (lower case) or whose credit code starts with {@code code}. */
    public static final String FIND = "Enterprise.find";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
    @SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 18)
    @Column(name = "credit_code", nullable = false, unique = true, length = 18, updatable = false)
    private String creditCode;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 60)
    @Column(name = "contact_name", length = 60)
    private String contactName;

    @Size(max = 30)
    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    protected Enterprise() {
    }

    public Enterprise(String creditCode, String name, String contactName, String contactPhone) {
        this.creditCode = CreditCode.validated("enterprise.creditCode", creditCode);
        describe(name, contactName, contactPhone);
    }

    public void describe(String newName, String newContactName, String newContactPhone) {
        if (newName == null || newName.isBlank()) {
            throw new RuleViolation("enterprise.name", "enterprise.name.required");
        }
        this.name = newName.strip();
        this.contactName = newContactName == null ? null : newContactName.strip();
        this.contactPhone = newContactPhone == null ? null : newContactPhone.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }
}
