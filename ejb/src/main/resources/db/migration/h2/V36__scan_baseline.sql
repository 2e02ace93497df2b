-- An administrator may have the next time-limit scan give the matters that never had a light their first
-- one without notices (an imported ledger's): who asked and when is kept on the settings row until a scan
-- takes it, then on that scan's row. The same columns as in postgresql/V36; H2 needs no more.

ALTER TABLE supervision_settings ADD COLUMN baseline_requested_by VARCHAR(100);
ALTER TABLE supervision_settings ADD COLUMN baseline_requested_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE supervision_scan ADD COLUMN baseline_requested_by VARCHAR(100);
ALTER TABLE supervision_scan ADD COLUMN baseline_requested_at TIMESTAMP(6) WITH TIME ZONE;
