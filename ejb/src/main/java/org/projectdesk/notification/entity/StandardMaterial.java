package org.projectdesk.notification.entity;

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
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * One material of the materials library (config/notification/materials.csv at first start): its
 * standard name as the notification prints it (Chinese and English), the wordings the catalogue and
 * the departments use for it, and the approval category whose decision produces it when it is a
 * document the process itself issues (the planning permit is PLAN-03's). Reference data: replaced as
 * a whole by an import, never edited one by one.
 */
@Entity
@Table(name = "standard_material")
@NamedQuery(name = StandardMaterial.ALL, query = "select m from StandardMaterial m order by m.position")
public class StandardMaterial {

    public static final String ALL = "StandardMaterial.all";

    @Id
    @Size(max = 20)
    @Column(length = 20)
    private String code;

    @Column(nullable = false)
    private int position;

    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String name;

    @Size(max = 300)
    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Size(max = 20)
    @Column(name = "produced_by", length = 20)
    private String producedBy;

    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "standard_material_synonym", joinColumns = @JoinColumn(name = "material_code"))
    @OrderColumn(name = "item_order")
    @Column(name = "synonym", nullable = false, length = 300)
    @Valid
    private List<@Size(max = 300) String> synonyms = new ArrayList<>();

    protected StandardMaterial() {
    }

    public StandardMaterial(String code, int position, String name, String nameEn, String producedBy,
            Collection<String> synonyms) {
        this.code = code;
        this.position = position;
        this.name = name;
        this.nameEn = nameEn;
        this.producedBy = producedBy == null || producedBy.isBlank() ? null : producedBy;
        this.synonyms.addAll(synonyms);
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

    /** The category whose decision issues the document; null when the investor always brings it. */
    public String getProducedBy() {
        return producedBy;
    }

    public List<String> getSynonyms() {
        return List.copyOf(synonyms);
    }
}
