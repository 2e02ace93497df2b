-- PostgreSQL only: partial indexes that let the time-limit scan find, among millions of matters,
-- just the few rows each of its housekeeping statements touches (a lit matter whose clock has
-- stopped; a running matter newly past its statutory limit; a flag to take back). H2 installations
-- are small enough to scan.

CREATE INDEX ix_approval_matter_lit_stopped ON approval_matter (id)
    WHERE alert_level IS NOT NULL AND status NOT IN ('ACCEPTED', 'IN_REVIEW');

CREATE INDEX ix_approval_matter_statutory_due ON approval_matter (statutory_due_on)
    WHERE statutory_overdue = FALSE AND status IN ('ACCEPTED', 'IN_REVIEW');

CREATE INDEX ix_approval_matter_statutory_flag ON approval_matter (id)
    WHERE statutory_overdue = TRUE;
