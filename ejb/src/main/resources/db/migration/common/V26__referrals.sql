-- Referrals (项目推荐/预登记): a town registers a project it brings to the centre; the office takes it
-- in (the referral then names the project) or returns it with a reason. While it waits, its due date
-- is watched by the time-limit scan (alert_level, alert_scan written by the scan only). Attachments
-- are stored in the upload folder like the investors' materials, their rows in referral_attachment.

CREATE SEQUENCE referral_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE referral (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    town_code             VARCHAR(20)    NOT NULL,
    enterprise_name       VARCHAR(200)   NOT NULL,
    credit_code           VARCHAR(18),
    project_name          VARCHAR(200)   NOT NULL,
    investment            DECIMAL(14, 2) NOT NULL,
    industry              VARCHAR(60),
    land_status           VARCHAR(20)    NOT NULL,
    land_note             VARCHAR(500),
    target_groundbreaking DATE,
    contact_name          VARCHAR(60)    NOT NULL,
    contact_phone         VARCHAR(30)    NOT NULL,
    notes                 VARCHAR(2000),
    registered_on         DATE           NOT NULL,
    due_days              INTEGER        NOT NULL,
    due_on                DATE           NOT NULL,
    status                VARCHAR(10)    NOT NULL,
    project_id            BIGINT,
    decided_on            DATE,
    return_reason         VARCHAR(1000),
    decided_by            VARCHAR(64),
    registered_by         VARCHAR(64)    NOT NULL,
    registered_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    alert_level           INTEGER,
    alert_scan            BIGINT,
    CONSTRAINT fk_referral_town FOREIGN KEY (town_code) REFERENCES town (code),
    CONSTRAINT fk_referral_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT uk_referral_project UNIQUE (project_id),
    CONSTRAINT ck_referral_status CHECK (status IN ('WAITING', 'TAKEN_IN', 'RETURNED')),
    CONSTRAINT ck_referral_taken_in CHECK (status <> 'TAKEN_IN' OR project_id IS NOT NULL)
);

CREATE INDEX ix_referral_town ON referral (town_code, registered_on);
CREATE INDEX ix_referral_status ON referral (status, due_on);
CREATE INDEX ix_referral_registered ON referral (registered_on);

CREATE SEQUENCE referral_attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE referral_attachment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    referral_id   BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    document_type VARCHAR(8)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_referral_attachment_stored UNIQUE (stored_name),
    CONSTRAINT fk_referral_attachment_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT ck_referral_attachment_type CHECK (document_type IN ('PDF', 'JPEG', 'PNG', 'DOC', 'DOCX', 'XLS', 'XLSX')),
    CONSTRAINT ck_referral_attachment_size CHECK (size_bytes > 0)
);

CREATE INDEX ix_referral_attachment_referral ON referral_attachment (referral_id, id);
