package org.projectdesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.projectdesk.shared.control.Limits;

/** One change to a service file, written once and never changed: every column is insert-only. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FOR_PROJECT, query = "select a from AuditEntry a where a.projectId = :projectId order by a.id desc")
public class AuditEntry {

    /** The history describes a change in at most this many characters; a longer description is {@link #shortened}. */
    static final int STATE_LENGTH = 2000;
    static final int TARGET_LENGTH = 40;

    public static final String FOR_PROJECT = "AuditEntry.forProject";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Size(max = 64)
    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Size(max = 40)
    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    /** What was changed: the file itself, or one matter's category code. */
    @Size(max = TARGET_LENGTH)
    @Column(length = TARGET_LENGTH, updatable = false)
    private String target;

    @Size(max = STATE_LENGTH)
    @Column(name = "before_state", length = STATE_LENGTH, updatable = false)
    private String before;

    @Size(max = STATE_LENGTH)
    @Column(name = "after_state", length = STATE_LENGTH, updatable = false)
    private String after;

    /** The roles that may read the entry, comma-separated; null: everyone who may open the file. */
    @Size(max = 100)
    @Column(length = 100, updatable = false)
    private String readers;

    /** The departments whose window may read it, comma-separated; null: any. */
    @Size(max = 1000)
    @Column(name = "reader_departments", length = 1000, updatable = false)
    private String readerDepartments;

    protected AuditEntry() {
    }

    public AuditEntry(Long projectId, Instant at, String actor, String action, String target, String before, String after,
            String readers, String readerDepartments) {
        this.projectId = projectId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = Limits.shortened(target, TARGET_LENGTH);
        this.before = Limits.shortened(before, STATE_LENGTH);
        this.after = Limits.shortened(after, STATE_LENGTH);
        this.readers = readers;
        this.readerDepartments = readerDepartments;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReaders() {
        return readers;
    }

    public String getReaderDepartments() {
        return readerDepartments;
    }
}
