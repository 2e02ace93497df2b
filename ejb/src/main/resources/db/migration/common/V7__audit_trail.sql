-- The audit trail of service files: append-only entries, newest read first per project.

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    project_id   BIGINT        NOT NULL,
    happened_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target       VARCHAR(40),
    before_state VARCHAR(2000),
    after_state  VARCHAR(2000),
    CONSTRAINT fk_audit_entry_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE INDEX ix_audit_entry_project ON audit_entry (project_id, id);
