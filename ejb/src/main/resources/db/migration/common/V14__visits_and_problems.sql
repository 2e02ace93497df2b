-- On-site guidance visits (上门指导) and coordination problems (难题). (V13 is the joint pre-review
-- meetings'.) A visit covers enterprises and projects, with the staff and departments present, the
-- issues raised and the follow-up actions; a problem is raised on a project, has responsible
-- departments and a due date in working days, and takes part in the time-limit scan's lights.

CREATE SEQUENCE site_visit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE site_visit (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    visited_on  DATE          NOT NULL,
    issues      VARCHAR(4000) NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(64),
    changed_at  TIMESTAMP(6) WITH TIME ZONE
);

CREATE INDEX ix_site_visit_on ON site_visit (visited_on);

CREATE TABLE site_visit_enterprise (
    visit_id    BIGINT      NOT NULL,
    credit_code VARCHAR(18) NOT NULL,
    CONSTRAINT pk_site_visit_enterprise PRIMARY KEY (visit_id, credit_code),
    CONSTRAINT fk_site_visit_enterprise_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id)
);

CREATE TABLE site_visit_project (
    visit_id   BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    CONSTRAINT pk_site_visit_project PRIMARY KEY (visit_id, project_id),
    CONSTRAINT fk_site_visit_project_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id),
    CONSTRAINT fk_site_visit_project_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE INDEX ix_site_visit_project_project ON site_visit_project (project_id);

CREATE TABLE site_visit_department (
    visit_id        BIGINT      NOT NULL,
    department_code VARCHAR(10) NOT NULL,
    CONSTRAINT pk_site_visit_department PRIMARY KEY (visit_id, department_code),
    CONSTRAINT fk_site_visit_department_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id),
    CONSTRAINT fk_site_visit_department_department FOREIGN KEY (department_code) REFERENCES department (code)
);

CREATE INDEX ix_site_visit_department_code ON site_visit_department (department_code, visit_id);

CREATE TABLE site_visit_staff (
    visit_id BIGINT       NOT NULL,
    line_no  INTEGER      NOT NULL,
    name     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_site_visit_staff PRIMARY KEY (visit_id, line_no),
    CONSTRAINT fk_site_visit_staff_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id)
);

CREATE TABLE site_visit_action (
    visit_id BIGINT        NOT NULL,
    line_no  INTEGER       NOT NULL,
    action   VARCHAR(1000) NOT NULL,
    owner    VARCHAR(100)  NOT NULL,
    due_on   DATE          NOT NULL,
    CONSTRAINT pk_site_visit_action PRIMARY KEY (visit_id, line_no),
    CONSTRAINT fk_site_visit_action_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id)
);

CREATE SEQUENCE coordination_problem_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE coordination_problem (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    project_id        BIGINT        NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    source            VARCHAR(10)   NOT NULL,
    source_id         BIGINT,
    raised_on         DATE          NOT NULL,
    due_days          INTEGER       NOT NULL,
    due_on            DATE          NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    resolution        VARCHAR(2000),
    resolved_on       DATE,
    escalated_on      DATE,
    escalation_reason VARCHAR(1000),
    raised_by         VARCHAR(64)   NOT NULL,
    raised_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- Written by the time-limit scan only: NULL not overdue, 2 red (overdue), 3 overdue for longer
    -- than the leadership threshold; alert_scan is the scan that last changed it.
    alert_level       INTEGER,
    alert_scan        BIGINT,
    CONSTRAINT fk_coordination_problem_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_coordination_problem_source CHECK (source IN ('MEETING', 'VISIT', 'OFFICER', 'INVESTOR')),
    CONSTRAINT ck_coordination_problem_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'ESCALATED')),
    CONSTRAINT ck_coordination_problem_due_days CHECK (due_days > 0),
    CONSTRAINT ck_coordination_problem_resolved CHECK (status <> 'RESOLVED' OR resolution IS NOT NULL)
);

CREATE INDEX ix_coordination_problem_project ON coordination_problem (project_id, status);
CREATE INDEX ix_coordination_problem_due ON coordination_problem (status, due_on);
CREATE INDEX ix_coordination_problem_alert ON coordination_problem (alert_level);
CREATE INDEX ix_coordination_problem_scan ON coordination_problem (alert_scan);
CREATE INDEX ix_coordination_problem_raised ON coordination_problem (raised_on);
CREATE INDEX ix_coordination_problem_resolved ON coordination_problem (resolved_on);
CREATE INDEX ix_coordination_problem_escalated ON coordination_problem (escalated_on);

CREATE TABLE coordination_problem_department (
    problem_id      BIGINT      NOT NULL,
    department_code VARCHAR(10) NOT NULL,
    CONSTRAINT pk_coordination_problem_department PRIMARY KEY (problem_id, department_code),
    CONSTRAINT fk_coordination_problem_department_problem FOREIGN KEY (problem_id) REFERENCES coordination_problem (id),
    CONSTRAINT fk_coordination_problem_department_department FOREIGN KEY (department_code) REFERENCES department (code)
);

CREATE INDEX ix_coordination_problem_department_code ON coordination_problem_department (department_code, problem_id);
