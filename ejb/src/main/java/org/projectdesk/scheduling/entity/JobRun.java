package org.projectdesk.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;

/** One execution of a job, on whichever node ran it: when, how long, and how it ended. */
@Entity
@Table(name = "job_run")
@NamedQuery(name = JobRun.LAST_OF_JOB, query = "select r from JobRun r where r.jobName = :job order by r.startedAt desc, r.id desc")
@NamedQuery(name = JobRun.BY_REQUEST, query = "select r from JobRun r where r.requestId = :request")
public class JobRun {

    public static final String LAST_OF_JOB = "JobRun.lastOfJob";
    public static final String BY_REQUEST = "JobRun.byRequest";

    public enum Outcome {
        SUCCESS,
        FAILURE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 80)
    @Column(name = "job_name", nullable = false, length = 80, updatable = false)
    private String jobName;

    @Size(max = 120)
    @Column(name = "fire_id", nullable = false, length = 120, updatable = false)
    private String fireId;

    /** Set when an administrator asked for this run, so the request can wait for it. */
    @Size(max = 40)
    @Column(name = "request_id", length = 40, updatable = false)
    private String requestId;

    @Size(max = 100)
    @Column(nullable = false, length = 100, updatable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 10)
    private Outcome outcome;

    @Size(max = 2000)
    @Column(length = 2000)
    private String message;

    protected JobRun() {
    }

    public JobRun(String jobName, String fireId, String requestId, String node, Instant startedAt) {
        this.jobName = jobName;
        this.fireId = fireId;
        this.requestId = requestId;
        this.node = node;
        this.startedAt = startedAt;
    }

    public void finish(Instant at, Outcome outcome, String message) {
        this.finishedAt = at;
        this.outcome = outcome;
        this.message = message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
