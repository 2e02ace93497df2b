-- Joint pre-review meetings (联办预审会议): the projects reviewed, the departments invited and their
-- attendance, each department's opinion on each project; the one-time notification (一次性告知)
-- merged from those opinions and the catalogue, tracked item by item until received; and the
-- partial-materials acceptances (容缺受理) that let a matter be accepted before its items are in.

CREATE SEQUENCE pre_review_meeting_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE pre_review_meeting (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    -- Office time (Asia/Shanghai), as the invitation states it.
    starts_at     TIMESTAMP(0)  NOT NULL,
    ends_at       TIMESTAMP(0)  NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    minutes       VARCHAR(8000),
    cancel_reason VARCHAR(500),
    convened_by   VARCHAR(64)   NOT NULL,
    convened_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_by     VARCHAR(64),
    closed_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT ck_pre_review_meeting_status CHECK (status IN ('SCHEDULED', 'CLOSED', 'CANCELLED')),
    CONSTRAINT ck_pre_review_meeting_times CHECK (ends_at > starts_at)
);

CREATE INDEX ix_pre_review_meeting_starts ON pre_review_meeting (starts_at, status);

CREATE TABLE meeting_project (
    meeting_id BIGINT  NOT NULL,
    item_order INTEGER NOT NULL,
    project_id BIGINT  NOT NULL,
    CONSTRAINT pk_meeting_project PRIMARY KEY (meeting_id, item_order),
    CONSTRAINT uk_meeting_project UNIQUE (meeting_id, project_id),
    CONSTRAINT fk_meeting_project_meeting FOREIGN KEY (meeting_id) REFERENCES pre_review_meeting (id),
    CONSTRAINT fk_meeting_project_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE INDEX ix_meeting_project_project ON meeting_project (project_id);

-- attendance: NULL until recorded, then PRESENT or ABSENT.
CREATE TABLE meeting_invitation (
    meeting_id      BIGINT       NOT NULL,
    item_order      INTEGER      NOT NULL,
    department_code VARCHAR(10)  NOT NULL,
    attendance      VARCHAR(8),
    attendee        VARCHAR(200),
    CONSTRAINT pk_meeting_invitation PRIMARY KEY (meeting_id, item_order),
    CONSTRAINT uk_meeting_invitation UNIQUE (meeting_id, department_code),
    CONSTRAINT fk_meeting_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES pre_review_meeting (id),
    CONSTRAINT fk_meeting_invitation_department FOREIGN KEY (department_code) REFERENCES department (code),
    CONSTRAINT ck_meeting_invitation_attendance CHECK (attendance IN ('PRESENT', 'ABSENT'))
);

CREATE INDEX ix_meeting_invitation_department ON meeting_invitation (department_code);

CREATE SEQUENCE meeting_opinion_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE meeting_opinion (
    id              BIGINT        NOT NULL PRIMARY KEY,
    meeting_id      BIGINT        NOT NULL,
    project_id      BIGINT        NOT NULL,
    department_code VARCHAR(10)   NOT NULL,
    verdict         VARCHAR(30)   NOT NULL,
    procedures      VARCHAR(2000),
    notes           VARCHAR(2000),
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_meeting_opinion UNIQUE (meeting_id, project_id, department_code),
    CONSTRAINT fk_meeting_opinion_meeting FOREIGN KEY (meeting_id) REFERENCES pre_review_meeting (id),
    CONSTRAINT fk_meeting_opinion_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_meeting_opinion_verdict CHECK (verdict IN ('FEASIBLE', 'FEASIBLE_WITH_CONDITIONS', 'NOT_FEASIBLE'))
);

CREATE INDEX ix_meeting_opinion_project ON meeting_opinion (project_id);

CREATE TABLE opinion_material (
    opinion_id BIGINT       NOT NULL,
    item_order INTEGER      NOT NULL,
    material   VARCHAR(300) NOT NULL,
    CONSTRAINT pk_opinion_material PRIMARY KEY (opinion_id, item_order),
    CONSTRAINT fk_opinion_material_opinion FOREIGN KEY (opinion_id) REFERENCES meeting_opinion (id)
);

CREATE SEQUENCE required_material_seq START WITH 1 INCREMENT BY 50;

-- One item of a project's one-time notification. material_key is the material's name normalised
-- (width, spaces, trailing punctuation), so that the same material asked for by several
-- departments is one item.
CREATE TABLE required_material (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    project_id   BIGINT       NOT NULL,
    material     VARCHAR(300) NOT NULL,
    material_key VARCHAR(300) NOT NULL,
    state        VARCHAR(12)  NOT NULL,
    received_on  DATE,
    received_by  VARCHAR(64),
    CONSTRAINT uk_required_material UNIQUE (project_id, material_key),
    CONSTRAINT fk_required_material_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_required_material_state CHECK (state IN ('OUTSTANDING', 'RECEIVED'))
);

-- Who asks for the item: a department for one of its catalogue categories (category_code), or in
-- its opinion at a meeting (meeting_id).
CREATE TABLE required_material_source (
    required_material_id BIGINT      NOT NULL,
    item_order           INTEGER     NOT NULL,
    department_code      VARCHAR(10) NOT NULL,
    category_code        VARCHAR(20),
    meeting_id           BIGINT,
    CONSTRAINT pk_required_material_source PRIMARY KEY (required_material_id, item_order),
    CONSTRAINT fk_required_material_source FOREIGN KEY (required_material_id) REFERENCES required_material (id)
);

CREATE SEQUENCE partial_acceptance_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE partial_acceptance (
    id              BIGINT        NOT NULL PRIMARY KEY,
    project_id      BIGINT        NOT NULL,
    category_code   VARCHAR(20)   NOT NULL,
    department_code VARCHAR(10)   NOT NULL,
    pledge          VARCHAR(2000) NOT NULL,
    deadline        DATE          NOT NULL,
    outstanding     VARCHAR(4000) NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_on     DATE          NOT NULL,
    CONSTRAINT uk_partial_acceptance UNIQUE (project_id, category_code),
    CONSTRAINT fk_partial_acceptance_project FOREIGN KEY (project_id) REFERENCES project (id)
);
