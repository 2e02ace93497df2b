package org.projectdesk.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.projectdesk.shared.control.RuleViolation;

/**
 * 督办: the director's order on a running matter that is red or yellow, with a note saying what is
 * expected. Issued from the board; the matter is under supervision order from then on (the last order
 * is the one shown). Only a lit matter (yellow or red) takes one, and only with a note.
 */
@Entity
@Table(name = "supervision_order")
public class SupervisionOrder {

    /** As long as the column. */
    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "matter_id", nullable = false)
    private Long matterId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Size(max = 64)
    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "issued_light", nullable = false, length = 6)
    private Light light;

    @Size(max = NOTE_LENGTH)
    @Column(nullable = false, length = NOTE_LENGTH)
    private String note;

    protected SupervisionOrder() {
    }

    /**
     * An order on the matter as it stands: {@code light} its light now (null while its clock does not run);
     * refused unless it is yellow or red, and without a note.
     */
    public SupervisionOrder(Long matterId, Long projectId, String categoryCode, Light light, String note, String by,
            Instant at) {
        if (light == null || light == Light.GREEN) {
            throw new RuleViolation(null, "supervision.order.notLit", categoryCode);
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "supervision.order.note");
        }
        if (note.strip().length() > NOTE_LENGTH) {
            throw new RuleViolation("note", "supervision.order.noteLength", NOTE_LENGTH);
        }
        this.matterId = matterId;
        this.projectId = projectId;
        this.light = light;
        this.note = note.strip();
        this.issuedBy = by;
        this.issuedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getMatterId() {
        return matterId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Light getLight() {
        return light;
    }

    public String getNote() {
        return note;
    }
}
