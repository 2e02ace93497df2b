-- Joint completion acceptance (联合竣工验收): the configured items, the cases with their combined form,
-- findings, pledges, one-time list of materials and time limits; and the kind of a meeting, so that the
-- acceptance's pre-review and site inspections use the meetings' invitations, reminders and calendar.

ALTER TABLE pre_review_meeting ADD COLUMN kind VARCHAR(24) DEFAULT 'PRE_REVIEW' NOT NULL;

CREATE TABLE acceptance_item (
    code            VARCHAR(20)   NOT NULL PRIMARY KEY,
    position        INTEGER       NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    department_code VARCHAR(10)   NOT NULL,
    category_code   VARCHAR(20),
    limit_days      INTEGER       NOT NULL,
    project_types   VARCHAR(100)  NOT NULL,
    applies_when    VARCHAR(300),
    legal_basis     VARCHAR(1000)
);

CREATE TABLE acceptance_item_check (
    item_code  VARCHAR(20)  NOT NULL REFERENCES acceptance_item (code) ON DELETE CASCADE,
    item_order INTEGER      NOT NULL,
    check_text VARCHAR(200) NOT NULL,
    critical   BOOLEAN      NOT NULL,
    PRIMARY KEY (item_code, item_order)
);

CREATE TABLE acceptance_item_material (
    item_code  VARCHAR(20)  NOT NULL REFERENCES acceptance_item (code) ON DELETE CASCADE,
    item_order INTEGER      NOT NULL,
    material   VARCHAR(300) NOT NULL,
    PRIMARY KEY (item_code, item_order)
);

CREATE SEQUENCE acceptance_case_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE acceptance_case_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE acceptance_finding_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE acceptance_pledge_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE acceptance_deadline_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE acceptance_material_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE acceptance_case (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    project_id            BIGINT        NOT NULL REFERENCES project (id),
    enterprise_code       VARCHAR(18)   NOT NULL,
    town_code             VARCHAR(20)   NOT NULL,
    scope                 VARCHAR(10)   NOT NULL,
    scope_text            VARCHAR(200),
    applied_on            DATE          NOT NULL,
    completed_on          DATE          NOT NULL,
    contact               VARCHAR(200)  NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    pre_review_meeting_id BIGINT,
    pre_reviewed_on       DATE,
    inspection_meeting_id BIGINT,
    round_no              INTEGER       NOT NULL,
    rectifying_since      DATE,
    opinion_no            VARCHAR(30),
    opinion_on            DATE,
    opinion_by            VARCHAR(64),
    withdrawn_on          DATE,
    withdraw_reason       VARCHAR(500),
    applied_by            VARCHAR(64)   NOT NULL,
    applied_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_acceptance_opinion_no UNIQUE (opinion_no)
);
CREATE INDEX ix_acceptance_case_project ON acceptance_case (project_id);
CREATE INDEX ix_acceptance_case_status ON acceptance_case (status, applied_on);
CREATE INDEX ix_acceptance_case_town ON acceptance_case (town_code, applied_on);

CREATE TABLE acceptance_case_pause (
    case_id   BIGINT NOT NULL REFERENCES acceptance_case (id),
    first_day DATE   NOT NULL,
    last_day  DATE   NOT NULL
);
CREATE INDEX ix_acceptance_case_pause ON acceptance_case_pause (case_id);

CREATE TABLE acceptance_case_item (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_id         BIGINT       NOT NULL REFERENCES acceptance_case (id),
    code            VARCHAR(20)  NOT NULL,
    position        INTEGER      NOT NULL,
    name            VARCHAR(100) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    department_code VARCHAR(10)  NOT NULL,
    category_code   VARCHAR(20),
    limit_days      INTEGER      NOT NULL,
    verdict         VARCHAR(20)  NOT NULL,
    round_no        INTEGER      NOT NULL,
    verdict_on      DATE,
    signed_by       VARCHAR(64),
    signed_at       TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uk_acceptance_case_item UNIQUE (case_id, code)
);
CREATE INDEX ix_acceptance_case_item_department ON acceptance_case_item (department_code, verdict);

CREATE TABLE acceptance_case_check (
    case_item_id BIGINT       NOT NULL REFERENCES acceptance_case_item (id),
    item_order   INTEGER      NOT NULL,
    check_text   VARCHAR(200) NOT NULL,
    critical     BOOLEAN      NOT NULL,
    PRIMARY KEY (case_item_id, item_order)
);

CREATE TABLE acceptance_material (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES acceptance_case (id),
    position      INTEGER      NOT NULL,
    material      VARCHAR(300) NOT NULL,
    material_key  VARCHAR(300) NOT NULL,
    item_codes    VARCHAR(500) NOT NULL,
    received_on   DATE,
    received_by   VARCHAR(64)
);
CREATE INDEX ix_acceptance_material_case ON acceptance_material (case_id);

CREATE TABLE acceptance_finding (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES acceptance_case (id),
    item_code    VARCHAR(20)   NOT NULL,
    round_no     INTEGER       NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    check_no     INTEGER,
    within_days  INTEGER,
    raised_on    DATE          NOT NULL,
    due_on       DATE,
    status       VARCHAR(16)   NOT NULL,
    reported_on  DATE,
    reported_by  VARCHAR(64),
    report_note  VARCHAR(1000),
    closed_on    DATE
);
CREATE INDEX ix_acceptance_finding_case ON acceptance_finding (case_id);

CREATE TABLE acceptance_pledge (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES acceptance_case (id),
    item_code    VARCHAR(20)   NOT NULL,
    party        VARCHAR(10)   NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    due_on       DATE          NOT NULL,
    signed_on    DATE          NOT NULL,
    signed_by    VARCHAR(64)   NOT NULL,
    signed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    fulfilled_on DATE,
    fulfilled_by VARCHAR(64),
    CONSTRAINT uk_acceptance_pledge UNIQUE (case_id, item_code, party)
);

CREATE TABLE acceptance_deadline (
    id          BIGINT      NOT NULL PRIMARY KEY,
    case_id     BIGINT      NOT NULL REFERENCES acceptance_case (id),
    project_id  BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    finding_id  BIGINT      REFERENCES acceptance_finding (id),
    pledge_id   BIGINT      REFERENCES acceptance_pledge (id),
    limit_days  INTEGER     NOT NULL,
    due_on      DATE        NOT NULL,
    met_on      DATE,
    closed      BOOLEAN     NOT NULL,
    alert_level INTEGER,
    alert_scan  BIGINT
);
CREATE INDEX ix_acceptance_deadline_case ON acceptance_deadline (case_id);
CREATE INDEX ix_acceptance_deadline_open ON acceptance_deadline (met_on, closed, due_on);
