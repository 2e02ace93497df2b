-- The construction tracking file: status after the approvals, pause and withdrawal with a reason
-- code, and dated progress notes and milestones.

ALTER TABLE project ADD COLUMN status_before VARCHAR(30);
ALTER TABLE project ADD COLUMN stop_reason VARCHAR(30);
ALTER TABLE project ADD COLUMN status_changed_on DATE;
ALTER TABLE project ADD COLUMN construction_started_on DATE;
ALTER TABLE project ADD COLUMN completed_on DATE;

CREATE TABLE project_progress (
    project_id BIGINT        NOT NULL,
    item_order INTEGER       NOT NULL,
    noted_on   DATE          NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    author     VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_project_progress PRIMARY KEY (project_id, item_order),
    CONSTRAINT fk_project_progress_project FOREIGN KEY (project_id) REFERENCES project (id)
);
