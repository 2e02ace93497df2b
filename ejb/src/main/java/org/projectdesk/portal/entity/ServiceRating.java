package org.projectdesk.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.shared.control.RuleViolation;

/**
 * The investor's rating of the office's service on one project (1–5 stars and a comment), given
 * once the project's approvals are complete. One per project: rating again revises it (the first
 * rating's time is kept, the revision's recorded), so the director's figures count each project once.
 */
@Entity
@Table(name = "service_rating")
@NamedQuery(name = ServiceRating.OF_PROJECT, query = "select r from ServiceRating r where r.projectId = :project")
public class ServiceRating {

    public static final String OF_PROJECT = "ServiceRating.ofProject";
    public static final int MAX_COMMENT = 2000;
    /** 办结 and everything after it on the way to construction. */
    public static final Set<ProjectStatus> RATEABLE = Set.of(ProjectStatus.APPROVALS_COMPLETED,
            ProjectStatus.PREPARING_TO_START, ProjectStatus.CONSTRUCTION_STARTED, ProjectStatus.COMPLETED,
            ProjectStatus.COMPLETION_ACCEPTED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_rating_seq")
    @SequenceGenerator(name = "service_rating_seq", sequenceName = "service_rating_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false)
    private int stars;

    @Size(max = MAX_COMMENT)
    @Column(name = "remarks", length = MAX_COMMENT)
    private String comment;

    @Size(max = 64)
    @Column(name = "rated_by", nullable = false, length = 64)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    @Column(name = "revised_at")
    private Instant revisedAt;

    protected ServiceRating() {
    }

    /** A first rating; refused while the project's approvals are not complete. */
    public ServiceRating(Long projectId, ProjectStatus projectStatus, int stars, String comment, String ratedBy, Instant at) {
        mayRate(projectStatus);
        this.projectId = projectId;
        this.ratedAt = at;
        set(stars, comment, ratedBy);
    }

    /** The investor changes their mind: new stars and comment, the first rating's time kept. */
    public void revise(ProjectStatus projectStatus, int stars, String comment, String ratedBy, Instant at) {
        mayRate(projectStatus);
        set(stars, comment, ratedBy);
        this.revisedAt = at;
    }

    public static void mayRate(ProjectStatus status) {
        if (!RATEABLE.contains(status)) {
            throw new RuleViolation("projectStatus", "rating.notCompleted", status);
        }
    }

    private void set(int stars, String comment, String ratedBy) {
        if (stars < 1 || stars > 5) {
            throw new RuleViolation("stars", "rating.stars", stars);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new RuleViolation("comment", "rating.comment.long", MAX_COMMENT);
        }
        this.stars = stars;
        this.comment = text;
        this.ratedBy = ratedBy;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getProjectId() { return projectId; }
    public int getStars() { return stars; }
    public String getComment() { return comment; }
    public String getRatedBy() { return ratedBy; }
    public Instant getRatedAt() { return ratedAt; }
    public Instant getRevisedAt() { return revisedAt; }
}
