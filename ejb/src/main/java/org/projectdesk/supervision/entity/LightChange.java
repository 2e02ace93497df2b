package org.projectdesk.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change of a matter's alert level found by one scan (to null: the clock stopped or the matter
 * was decided). Written by the scan in bulk, never changed; the notices name the change they follow.
 */
@Entity
@Table(name = "light_change")
public class LightChange {

    @Id
    private Long id;

    @Column(name = "scan_id", nullable = false, insertable = false, updatable = false)
    private Long scanId;

    @Column(name = "matter_id", nullable = false, insertable = false, updatable = false)
    private Long matterId;

    @Column(name = "project_id", nullable = false, insertable = false, updatable = false)
    private Long projectId;

    @Column(name = "from_level", insertable = false, updatable = false)
    private Integer fromLevel;

    @Column(name = "to_level", insertable = false, updatable = false)
    private Integer toLevel;

    protected LightChange() {
    }

    public Long getId() {
        return id;
    }

    public Long getScanId() {
        return scanId;
    }

    public Long getMatterId() {
        return matterId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Integer getFromLevel() {
        return fromLevel;
    }

    public Integer getToLevel() {
        return toLevel;
    }
}
