package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A zone, subdistrict or town (区镇) a project may be located in: reference data the office keeps
 * (config/catalogue/towns.csv at first start, then the towns page and its import). Its code is fixed
 * for good: projects, accounts, referrals and acceptance cases name it. Its names, kind and place in the
 * list change; a town that is no longer offered (inactive) is not chosen for new intakes, accounts or
 * referrals, while everything that already names it keeps it. Towns are never deleted.
 */
@Entity
@Table(name = "town")
@NamedQuery(name = Town.ALL, query = "select t from Town t order by t.position, t.code")
public class Town {

    public static final String ALL = "Town.all";
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");

    @Id
    @Size(max = 20)
    @Column(length = 20)
    private String code;

    @Version
    private long version;

    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String name;

    @Size(max = 100)
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TownKind kind;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "list_position", nullable = false)
    private int position;

    protected Town() {
    }

    /** A new town, offered from the start. */
    public Town(String code, String name, String nameEn, TownKind kind, int position) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "town.code.format", code);
        }
        this.code = code;
        this.active = true;
        this.position = position;
        rename(name, nameEn);
        classify(kind);
    }

    public void rename(String newName, String newNameEn) {
        if (newName == null || newName.isBlank()) {
            throw new RuleViolation("name", "town.name.required");
        }
        if (newNameEn == null || newNameEn.isBlank()) {
            throw new RuleViolation("nameEn", "town.nameEn.required");
        }
        this.name = newName.strip();
        this.nameEn = newNameEn.strip();
    }

    public void classify(TownKind newKind) {
        if (newKind == null) {
            throw new RuleViolation("kind", "town.kind.required");
        }
        this.kind = newKind;
    }

    /** No longer offered for new intakes, accounts and referrals; what names the town keeps it. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void moveTo(int newPosition) {
        if (newPosition < 1) {
            throw new RuleViolation("position", "town.position.invalid", newPosition);
        }
        this.position = newPosition;
    }

    /** Refuses (422 on {@code field}) to give this town to something new while it is not offered. */
    public void requireOffered(String field) {
        if (!active) {
            throw new RuleViolation(field, "town.inactive", code);
        }
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

    public TownKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }
}
