-- The project list pages newest intake first and filters by enterprise (investors) and type; the
-- next due date of a project is read per row from its open matters.

CREATE INDEX ix_project_intake ON project (intake_on, file_no);
CREATE INDEX ix_project_type ON project (project_type);
CREATE INDEX ix_approval_matter_project_due ON approval_matter (project_id, status, due_on);
