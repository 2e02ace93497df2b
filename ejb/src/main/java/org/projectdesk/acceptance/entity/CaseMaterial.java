package org.projectdesk.acceptance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One line of the case's one-time list of materials (手续一次告知): a material, the items that ask for
 * it, and whether it has been received (day, by whom).
 */
@Entity
@Table(name = "acceptance_material")
public class CaseMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_material_seq")
    @SequenceGenerator(name = "acceptance_material_seq", sequenceName = "acceptance_material_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private AcceptanceCase acceptance;

    @Column(nullable = false, updatable = false)
    private int position;

    @Size(max = 300)
    @Column(nullable = false, length = 300, updatable = false)
    private String material;

    @Size(max = 300)
    @Column(name = "material_key", nullable = false, length = 300, updatable = false)
    private String materialKey;

    /** The codes of the items asking for it, {@code |}-separated. */
    @Size(max = 500)
    @Column(name = "item_codes", nullable = false, length = 500)
    private String itemCodes;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Size(max = 64)
    @Column(name = "received_by", length = 64)
    private String receivedBy;

    protected CaseMaterial() {
    }

    CaseMaterial(AcceptanceCase acceptance, int position, String material, String materialKey, List<String> itemCodes) {
        this.acceptance = acceptance;
        this.position = position;
        this.material = material;
        this.materialKey = materialKey;
        this.itemCodes = String.join("|", itemCodes);
    }

    void receive(LocalDate on, String by) {
        receivedOn = on;
        receivedBy = by;
    }

    void askedAlsoBy(String itemCode) {
        if (!getItemCodes().contains(itemCode)) {
            itemCodes = itemCodes + "|" + itemCode;
        }
    }

    public boolean isOutstanding() {
        return receivedOn == null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getMaterial() {
        return material;
    }

    public String getMaterialKey() {
        return materialKey;
    }

    public List<String> getItemCodes() {
        return Arrays.asList(itemCodes.split("\\|"));
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }
}
