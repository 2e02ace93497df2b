package org.projectdesk.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.projectdesk.shared.control.Limits;

/**
 * A notice in one user's inbox. The scan writes most of them in bulk, everything else goes through
 * {@code Notices.send}; {@code sourceKey} names the cause (a light change, a day's digest), and one
 * recipient gets one notice of a kind per cause (the rule in both forms: {@code NoticeRows}).
 * E-mail, when on, goes out later from the outbox: {@code emailState} PENDING until then.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.UNREAD_COUNT,
        query = "select count(n) from Notification n where n.recipient = :recipient and n.readAt is null")
@NamedQuery(name = Notification.COUNT_FOR_RECIPIENT,
        query = "select count(n) from Notification n where n.recipient = :recipient")
@NamedQuery(name = Notification.EMAIL_BACKLOG, // ix_notification_email narrows it to the waiting rows
        query = "select count(n), min(n.createdAt) from Notification n where n.emailState = 'PENDING'")
public class Notification {

    /** A notice quotes what users wrote (a complaint, a reason); a longer one is {@link Limits#shortened}. */
    static final int BODY_LENGTH = 4000;

    public static final String UNREAD_COUNT = "Notification.unreadCount";
    public static final String COUNT_FOR_RECIPIENT = "Notification.countForRecipient";
    public static final String EMAIL_BACKLOG = "Notification.emailBacklog";

    /** One id at a time (V41): ids stay in the order notices are written, which the inbox lists them by. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 1)
    private Long id;

    @Size(max = 64)
    @Column(nullable = false, length = 64, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NoticeKind kind;

    @Size(max = 100)
    @Column(name = "source_key", nullable = false, length = 100, updatable = false)
    private String sourceKey;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Size(max = 20)
    @Column(name = "category_code", length = 20, updatable = false)
    private String categoryCode;

    @Size(max = 10)
    @Column(name = "department_code", length = 10, updatable = false)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 6, updatable = false)
    private Light light;

    /** For a digest, its figures as {@code name=value;...}; shown in the reader's language. */
    @Size(max = BODY_LENGTH)
    @Column(length = BODY_LENGTH, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Size(max = 8)
    @Column(name = "email_state", nullable = false, length = 8)
    private String emailState;

    protected Notification() {
    }

    public Notification(String recipient, NoticeKind kind, String sourceKey, String body, Instant createdAt,
            boolean email) {
        this(recipient, kind, sourceKey, null, body, createdAt, email);
    }

    public Notification(String recipient, NoticeKind kind, String sourceKey, Long projectId, String body,
            Instant createdAt, boolean email) {
        this.recipient = recipient;
        this.kind = kind;
        this.sourceKey = sourceKey;
        this.projectId = projectId;
        this.body = Limits.shortened(body, BODY_LENGTH);
        this.createdAt = createdAt;
        this.emailState = email ? "PENDING" : "NONE";
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public void emailed(boolean sent) {
        emailState = sent ? "SENT" : "FAILED";
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Light getLight() {
        return light;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getEmailState() {
        return emailState;
    }
}
