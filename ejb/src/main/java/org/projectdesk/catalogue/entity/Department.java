package org.projectdesk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;
import org.projectdesk.shared.control.RuleViolation;

/** A department that grants approvals, known by a short code that categories and window accounts name. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.ALL, query = "select d from Department d order by d.code")
public class Department {

    public static final String ALL = "Department.all";
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    @Id
    @Size(max = 10)
    @Column(length = 10)
    private String code;

    @Version
    private long version;

    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String name;

    @Size(max = 100)
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    protected Department() {
    }

    public Department(String code, String name, String nameEn) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "department.code.format");
        }
        this.code = code;
        rename(name, nameEn);
    }

    public void rename(String newName, String newNameEn) {
        if (newName == null || newName.isBlank()) {
            throw new RuleViolation("name", "department.name.required");
        }
        if (newNameEn == null || newNameEn.isBlank()) {
            throw new RuleViolation("nameEn", "department.nameEn.required");
        }
        this.name = newName.strip();
        this.nameEn = newNameEn.strip();
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }
}
