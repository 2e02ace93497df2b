package org.projectdesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a service file, written once and never changed: every column is insert-only. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FOR_PROJECT, query = "select a from AuditEntry a where a.projectId = :projectId order by a.id desc")
public class AuditEntry {

    public static final String FOR_PROJECT = "AuditEntry.forProject";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    /** What was changed: the file itself, or one matter's category code. */
    @Column(length = 40, updatable = false)
    private String target;

    @Column(name = "before_state", length = 2000, updatable = false)
    private String before;

    @Column(name = "after_state", length = 2000, updatable = false)
    private String after;

    /** The roles that may read the entry, comma-separated; null: everyone who may open the file. */
    @Column(length = 100, updatable = false)
    private String readers;

    /** The departments whose window may read it, comma-separated; null: any. */
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
        this.target = target;
        this.before = before;
        this.after = after;
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
