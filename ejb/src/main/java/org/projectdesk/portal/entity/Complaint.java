package org.projectdesk.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.projectdesk.shared.control.RuleViolation;

/**
 * A performance complaint (效能投诉) an investor files on one of their projects. It goes to every
 * director and stays open until one answers it; the answer (text, who, when) is final and the
 * investor is told.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Size(max = MAX_TEXT)
    @Column(name = "complaint_text", nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ComplaintStatus status;

    @Size(max = 64)
    @Column(name = "filed_by", nullable = false, length = 64, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Size(max = MAX_TEXT)
    @Column(length = MAX_TEXT)
    private String answer;

    @Size(max = 64)
    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Complaint() {
    }

    public Complaint(Long projectId, String text, String filedBy, Instant filedAt) {
        this.projectId = projectId;
        this.text = required("text", text, "complaint.text.required");
        this.status = ComplaintStatus.OPEN;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
    }

    /** The director's answer; a complaint is answered once. */
    public void answer(String text, String by, Instant at) {
        if (status != ComplaintStatus.OPEN) {
            throw new RuleViolation("status", "complaint.answered.already", answeredBy, answeredAt);
        }
        this.answer = required("answer", text, "complaint.answer.required");
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ComplaintStatus.ANSWERED;
    }

    private static String required(String field, String value, String key) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, key);
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw new RuleViolation(field, "complaint.text.long", MAX_TEXT);
        }
        return text;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getProjectId() { return projectId; }
    public String getText() { return text; }
    public ComplaintStatus getStatus() { return status; }
    public String getFiledBy() { return filedBy; }
    public Instant getFiledAt() { return filedAt; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}
