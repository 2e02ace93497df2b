-- The investor's evidence that a rectification finding of a joint completion acceptance is put right:
-- files like the portal's material uploads (the content under the upload folder, named by stored_name;
-- the row keeps its SHA-256), one row per file, each on one finding of one case.
-- (V22 is another feature's.)

CREATE SEQUENCE finding_evidence_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE finding_evidence (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    finding_id    BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    document_type VARCHAR(8)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_finding_evidence_stored UNIQUE (stored_name),
    CONSTRAINT fk_finding_evidence_case FOREIGN KEY (case_id) REFERENCES acceptance_case (id),
    CONSTRAINT fk_finding_evidence_finding FOREIGN KEY (finding_id) REFERENCES acceptance_finding (id),
    CONSTRAINT ck_finding_evidence_type CHECK (document_type IN ('PDF', 'JPEG', 'PNG', 'DOC', 'DOCX', 'XLS', 'XLSX')),
    CONSTRAINT ck_finding_evidence_size CHECK (size_bytes > 0)
);

CREATE INDEX ix_finding_evidence_case ON finding_evidence (case_id, finding_id, id);
CREATE INDEX ix_finding_evidence_finding ON finding_evidence (finding_id, id);
