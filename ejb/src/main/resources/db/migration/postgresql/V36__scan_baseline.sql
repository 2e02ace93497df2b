-- An administrator may have the next time-limit scan give the matters that never had a light their first
-- one without notices (an imported ledger's): who asked and when is kept on the settings row until a scan
-- takes it, then on that scan's row. The same columns as in h2/V36.

ALTER TABLE supervision_settings ADD COLUMN baseline_requested_by VARCHAR(100);
ALTER TABLE supervision_settings ADD COLUMN baseline_requested_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE supervision_scan ADD COLUMN baseline_requested_by VARCHAR(100);
ALTER TABLE supervision_scan ADD COLUMN baseline_requested_at TIMESTAMP(6) WITH TIME ZONE;

-- The statutory flags: V12's partial indexes matched every running matter past (or not yet past) its
-- statutory limit, half the rows, so the planner read the whole table twice a scan to find the few flags
-- to change. These expression indexes hold, for each row, the statutory due date only where a flag may
-- have to change (NULL elsewhere), and ANALYZE keeps statistics of exactly that expression: the planner
-- sees that hardly any value lies on the wrong side of today and looks them up. The expressions are
-- TimeLimitScan's STATUTORY_TO_SET and STATUTORY_TO_CLEAR, which must stay word for word the same.
DROP INDEX ix_approval_matter_statutory_due;
DROP INDEX ix_approval_matter_statutory_flag;

CREATE INDEX ix_approval_matter_statutory_to_set ON approval_matter
    ((CASE WHEN statutory_overdue = FALSE AND status IN ('ACCEPTED', 'IN_REVIEW') THEN statutory_due_on END));

CREATE INDEX ix_approval_matter_statutory_to_clear ON approval_matter
    ((CASE WHEN statutory_overdue = TRUE
           THEN (CASE WHEN status IN ('ACCEPTED', 'IN_REVIEW') THEN COALESCE(statutory_due_on, DATE '9999-12-31')
                      ELSE DATE '9999-12-31' END) END));
