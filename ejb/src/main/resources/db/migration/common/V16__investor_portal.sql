-- The investor portal: materials an investor uploads against the items of the one-time
-- notification (the content is a file under the data folder, named by stored_name; the row keeps
-- its SHA-256), the investor's rating of the service once a project's approvals are complete (one
-- per project, revisable), and performance complaints (效能投诉) tracked to the director's answer.
-- (V15 is the leadership report's.)

CREATE SEQUENCE material_upload_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE material_upload (
    id            BIGINT       NOT NULL PRIMARY KEY,
    project_id    BIGINT       NOT NULL,
    item_id       BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    document_type VARCHAR(8)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_material_upload_stored UNIQUE (stored_name),
    CONSTRAINT fk_material_upload_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_material_upload_item FOREIGN KEY (item_id) REFERENCES required_material (id),
    CONSTRAINT ck_material_upload_type CHECK (document_type IN ('PDF', 'JPEG', 'PNG', 'DOC', 'DOCX', 'XLS', 'XLSX')),
    CONSTRAINT ck_material_upload_size CHECK (size_bytes > 0)
);

CREATE INDEX ix_material_upload_item ON material_upload (item_id, id);
CREATE INDEX ix_material_upload_project ON material_upload (project_id, id);

CREATE SEQUENCE service_rating_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE service_rating (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    project_id BIGINT        NOT NULL,
    stars      INTEGER       NOT NULL,
    remarks    VARCHAR(2000),
    rated_by   VARCHAR(64)   NOT NULL,
    rated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revised_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uk_service_rating_project UNIQUE (project_id),
    CONSTRAINT fk_service_rating_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_service_rating_stars CHECK (stars BETWEEN 1 AND 5)
);

CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE complaint (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    project_id  BIGINT        NOT NULL,
    complaint_text VARCHAR(2000) NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    filed_by    VARCHAR(64)   NOT NULL,
    filed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answer      VARCHAR(2000),
    answered_by VARCHAR(64),
    answered_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT fk_complaint_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_complaint_status CHECK (status IN ('OPEN', 'ANSWERED')),
    CONSTRAINT ck_complaint_answer CHECK (status = 'OPEN' OR answer IS NOT NULL)
);

CREATE INDEX ix_complaint_status ON complaint (status, filed_at);
CREATE INDEX ix_complaint_project ON complaint (project_id, filed_at);
