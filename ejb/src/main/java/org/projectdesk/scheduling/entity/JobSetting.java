package org.projectdesk.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A schedule an administrator set for a job; it wins over the configured default at every start. */
@Entity
@Table(name = "job_setting")
public class JobSetting {

    @Id
    @Size(max = 80)
    @Column(name = "job_name", length = 80)
    private String jobName;

    @Version
    private long version;

    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String cron;

    @Size(max = 64)
    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected JobSetting() {
    }

    public JobSetting(String jobName, String cron, String by, Instant at) {
        this.jobName = jobName;
        change(cron, by, at);
    }

    public final void change(String cron, String by, Instant at) {
        this.cron = cron;
        this.setBy = by;
        this.setAt = at;
    }

    public String getJobName() {
        return jobName;
    }

    public String getCron() {
        return cron;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
