-- Service files: enterprises, projects with their officer handovers, and approval matters with
-- their prerequisites and suspensions. Limits are copied onto each matter when it is planned.

CREATE SEQUENCE enterprise_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE enterprise (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    credit_code   VARCHAR(18)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    contact_name  VARCHAR(60),
    contact_phone VARCHAR(30),
    CONSTRAINT uk_enterprise_credit_code UNIQUE (credit_code)
);

CREATE SEQUENCE project_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE project (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    file_no               VARCHAR(16)    NOT NULL,
    project_code          VARCHAR(24)    NOT NULL,
    name                  VARCHAR(200)   NOT NULL,
    enterprise_id         BIGINT         NOT NULL,
    investment            NUMERIC(14, 2) NOT NULL,
    industry              VARCHAR(60),
    project_type          VARCHAR(30)    NOT NULL,
    town_code             VARCHAR(20)    NOT NULL,
    land_status           VARCHAR(20)    NOT NULL,
    target_groundbreaking DATE,
    notes                 VARCHAR(2000),
    officer               VARCHAR(64),
    status                VARCHAR(30)    NOT NULL,
    intake_on             DATE           NOT NULL,
    catalogue_version     INTEGER        NOT NULL,
    created_by            VARCHAR(64)    NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_project_file_no UNIQUE (file_no),
    CONSTRAINT uk_project_code UNIQUE (project_code),
    CONSTRAINT fk_project_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);

CREATE INDEX ix_project_enterprise ON project (enterprise_id);
CREATE INDEX ix_project_officer ON project (officer, status);
CREATE INDEX ix_project_status ON project (status);
CREATE INDEX ix_project_town ON project (town_code);

CREATE TABLE officer_handover (
    project_id   BIGINT      NOT NULL,
    item_order   INTEGER     NOT NULL,
    from_officer VARCHAR(64),
    to_officer   VARCHAR(64) NOT NULL,
    reason       VARCHAR(500),
    decided_by   VARCHAR(64) NOT NULL,
    decided_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_officer_handover PRIMARY KEY (project_id, item_order),
    CONSTRAINT fk_officer_handover_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE SEQUENCE approval_matter_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE approval_matter (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    project_id         BIGINT       NOT NULL,
    category_code      VARCHAR(20)  NOT NULL,
    category_name      VARCHAR(100) NOT NULL,
    department_code    VARCHAR(10)  NOT NULL,
    statutory_days     INTEGER      NOT NULL,
    promised_days      INTEGER      NOT NULL,
    green_channel_days INTEGER      NOT NULL,
    status             VARCHAR(30)  NOT NULL,
    case_type          VARCHAR(12)  NOT NULL,
    case_type_before   VARCHAR(12),
    status_before      VARCHAR(30),
    planned_start      DATE,
    planned_finish     DATE,
    last_event_on      DATE,
    accepted_on        DATE,
    clock_started_on   DATE,
    due_on             DATE,
    statutory_due_on   DATE,
    external_due_on    DATE,
    decided_on         DATE,
    document_no        VARCHAR(100),
    return_reasons     VARCHAR(2000),
    dropped_reason     VARCHAR(500),
    filed_by_agent     BOOLEAN      NOT NULL,
    CONSTRAINT uk_approval_matter UNIQUE (project_id, category_code),
    CONSTRAINT fk_approval_matter_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_approval_matter_department FOREIGN KEY (department_code) REFERENCES department (code)
);

-- The supervision scan reads open matters by due date; department windows read their own.
CREATE INDEX ix_approval_matter_due ON approval_matter (status, due_on);
CREATE INDEX ix_approval_matter_department ON approval_matter (department_code, status);

CREATE TABLE matter_prerequisite (
    matter_id     BIGINT      NOT NULL,
    item_order    INTEGER     NOT NULL,
    category_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_matter_prerequisite PRIMARY KEY (matter_id, item_order),
    CONSTRAINT fk_matter_prerequisite_matter FOREIGN KEY (matter_id) REFERENCES approval_matter (id)
);

CREATE TABLE matter_suspension (
    matter_id      BIGINT        NOT NULL,
    item_order     INTEGER       NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    procedure_type INTEGER       NOT NULL,
    started_on     DATE          NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    ended_on       DATE,
    result         VARCHAR(1000),
    CONSTRAINT pk_matter_suspension PRIMARY KEY (matter_id, item_order),
    CONSTRAINT fk_matter_suspension_matter FOREIGN KEY (matter_id) REFERENCES approval_matter (id)
);

CREATE TABLE file_counter (
    counter_year INTEGER NOT NULL PRIMARY KEY,
    last_number  INTEGER NOT NULL
);
