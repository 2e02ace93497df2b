package org.projectdesk.notification.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StepDate;

/**
 * One item of a project's one-time notification (一次性告知单): a material, every department that
 * asks for it, and whether it has been received (on which day, by whom).
 */
@Entity
@Table(name = "required_material")
public class RequiredMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "required_material_seq")
    @SequenceGenerator(name = "required_material_seq", sequenceName = "required_material_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String material;

    @Size(max = 300)
    @Column(name = "material_key", nullable = false, length = 300)
    private String materialKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MaterialState state = MaterialState.OUTSTANDING;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Size(max = 64)
    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "required_material_source", joinColumns = @JoinColumn(name = "required_material_id"))
    @OrderColumn(name = "item_order")
    @Valid
    private List<MaterialSource> sources = new ArrayList<>();

    protected RequiredMaterial() {
    }

    public RequiredMaterial(Long projectId, String material, String materialKey, Collection<MaterialSource> sources) {
        this.projectId = projectId;
        this.material = material;
        this.materialKey = materialKey;
        this.sources.addAll(sources);
    }

    /** The departments and opinions asking for it now; the list as the notification merged it. */
    public void requiredBy(Collection<MaterialSource> current) {
        if (!sources.equals(List.copyOf(current))) {
            sources.clear();
            sources.addAll(current);
        }
    }

    /**
     * Printed under the materials library's standard name from now on (the wording it was first asked
     * for by is one of its synonyms); its state, receipt and sources stay.
     */
    public void standardise(String standardName, String standardKey) {
        if (!material.equals(standardName) || !materialKey.equals(standardKey)) {
            material = standardName;
            materialKey = standardKey;
        }
    }

    public void receive(LocalDate on, LocalDate today, String by) {
        if (state == MaterialState.RECEIVED) {
            throw new RuleViolation(null, "notification.item.received", material, receivedOn);
        }
        StepDate.check(on, today);
        state = MaterialState.RECEIVED;
        receivedOn = on;
        receivedBy = by;
    }

    /** A receipt recorded by mistake is taken back: the item is outstanding again. */
    public void reopen() {
        if (state != MaterialState.RECEIVED) {
            throw new RuleViolation(null, "notification.item.notReceived", material);
        }
        state = MaterialState.OUTSTANDING;
        receivedOn = null;
        receivedBy = null;
    }

    public boolean isOutstanding() {
        return state == MaterialState.OUTSTANDING;
    }

    /** Outstanding and asked for by the matter's category or department. */
    public boolean holdsBack(String categoryCode, String departmentCode) {
        return isOutstanding() && sources.stream().anyMatch(s -> s.concerns(categoryCode, departmentCode));
    }

    public List<String> departments() {
        return sources.stream().map(MaterialSource::getDepartmentCode).distinct().toList();
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

    public String getMaterial() {
        return material;
    }

    public String getMaterialKey() {
        return materialKey;
    }

    public MaterialState getState() {
        return state;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public List<MaterialSource> getSources() {
        return List.copyOf(sources);
    }
}
