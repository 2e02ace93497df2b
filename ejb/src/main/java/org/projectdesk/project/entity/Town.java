package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A zone, subdistrict or town a project may be located in (the intake form's list, from config). */
@Entity
@Table(name = "town")
@NamedQuery(name = Town.ALL, query = "select t from Town t order by t.position")
public class Town {

    public static final String ALL = "Town.all";

    @Id
    @Size(max = 20)
    @Column(length = 20)
    private String code;

    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String name;

    @Size(max = 100)
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "list_position", nullable = false)
    private int position;

    protected Town() {
    }

    public Town(String code, String name, String nameEn, int position) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.position = position;
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
}
