-- The approval catalogue: departments, and versions of the catalogue, each a complete set of
-- categories with their limits, prerequisites and required materials. Versions are never updated.

CREATE TABLE department (
    code    VARCHAR(10)  NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    name    VARCHAR(60)  NOT NULL,
    name_en VARCHAR(100) NOT NULL
);

CREATE SEQUENCE catalogue_version_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE catalogue_version (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version_number INTEGER      NOT NULL,
    effective_from DATE         NOT NULL,
    note           VARCHAR(300) NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_catalogue_version_number UNIQUE (version_number)
);

CREATE INDEX ix_catalogue_version_effective ON catalogue_version (effective_from, version_number);

CREATE SEQUENCE approval_category_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE approval_category (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    catalogue_version_id BIGINT        NOT NULL,
    code                 VARCHAR(20)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    name_en              VARCHAR(200)  NOT NULL,
    department_code      VARCHAR(10)   NOT NULL,
    stage                VARCHAR(10)   NOT NULL,
    statutory_days       INTEGER       NOT NULL,
    promised_days        INTEGER       NOT NULL,
    green_channel_days   INTEGER       NOT NULL,
    is_immediate         BOOLEAN       NOT NULL,
    default_case_type    VARCHAR(12)   NOT NULL,
    is_simulatable       BOOLEAN       NOT NULL,
    service_content      VARCHAR(1000),
    procedure_steps      VARCHAR(1000),
    fee                  VARCHAR(500),
    legal_basis          VARCHAR(1000),
    CONSTRAINT uk_approval_category_code UNIQUE (catalogue_version_id, code),
    CONSTRAINT fk_approval_category_version FOREIGN KEY (catalogue_version_id) REFERENCES catalogue_version (id),
    CONSTRAINT fk_approval_category_department FOREIGN KEY (department_code) REFERENCES department (code),
    CONSTRAINT ck_approval_category_limits CHECK (green_channel_days >= 0 AND green_channel_days <= promised_days
        AND promised_days <= statutory_days),
    CONSTRAINT ck_approval_category_stage CHECK (stage IN ('I', 'II', 'III', 'IV', 'ALONGSIDE'))
);

CREATE INDEX ix_approval_category_department ON approval_category (department_code);

CREATE TABLE category_prerequisite (
    category_id       BIGINT      NOT NULL,
    item_order        INTEGER     NOT NULL,
    prerequisite_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_category_prerequisite PRIMARY KEY (category_id, item_order),
    CONSTRAINT fk_category_prerequisite_category FOREIGN KEY (category_id) REFERENCES approval_category (id)
);

CREATE TABLE category_material (
    category_id BIGINT       NOT NULL,
    item_order  INTEGER      NOT NULL,
    material    VARCHAR(300) NOT NULL,
    CONSTRAINT pk_category_material PRIMARY KEY (category_id, item_order),
    CONSTRAINT fk_category_material_category FOREIGN KEY (category_id) REFERENCES approval_category (id)
);
