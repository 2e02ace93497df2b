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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A written pledge (承诺) to put an item's paperwork right by a date, signed by the builder or by the
 * local (town) government; an item passes on pledge only with both. Tracked until fulfilled.
 */
@Entity
@Table(name = "acceptance_pledge")
public class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_pledge_seq")
    @SequenceGenerator(name = "acceptance_pledge_seq", sequenceName = "acceptance_pledge_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private AcceptanceCase acceptance;

    @Size(max = 20)
    @Column(name = "item_code", nullable = false, length = 20, updatable = false)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private PledgeParty party;

    @Size(max = 1000)
    @Column(nullable = false, length = 1000, updatable = false)
    private String text;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Size(max = 64)
    @Column(name = "signed_by", nullable = false, length = 64, updatable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "fulfilled_on")
    private LocalDate fulfilledOn;

    @Size(max = 64)
    @Column(name = "fulfilled_by", length = 64)
    private String fulfilledBy;

    protected Pledge() {
    }

    Pledge(AcceptanceCase acceptance, String itemCode, PledgeParty party, String text, LocalDate dueOn, LocalDate signedOn,
            String signedBy, Instant signedAt) {
        this.signedOn = signedOn;
        this.acceptance = acceptance;
        this.itemCode = itemCode;
        this.party = party;
        this.text = text;
        this.dueOn = dueOn;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    void fulfil(LocalDate on, String by) {
        fulfilledOn = on;
        fulfilledBy = by;
    }

    public boolean isOpen() {
        return fulfilledOn == null;
    }

    public Long getId() {
        return id;
    }

    public String getItemCode() {
        return itemCode;
    }

    public PledgeParty getParty() {
        return party;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public LocalDate getFulfilledOn() {
        return fulfilledOn;
    }

    public String getFulfilledBy() {
        return fulfilledBy;
    }
}
