-- PostgreSQL only: fewer index entries written for each light the time-limit scan changes. A light change
-- rewrites the matter's row, and since the queues' indexes hold the light no such rewrite can stay on its
-- page (HOT): every index of approval_matter gets a new entry. A day's 82,231 changes at full size spent
-- 6.8 s writing them.
--
-- (alert_level, department_code) had an entry for every matter. Of its readers only the board narrowed to a
-- department and to yellow finds few rows by it (a red or green light is most of a department's running matters,
-- which ix_approval_matter_department finds as well); at full size that page's count took 88 ms with it, 243 ms without,
-- and 53 ms with this index of the yellow running matters alone (4 % of them).
DROP INDEX ix_approval_matter_alert;
CREATE INDEX ix_approval_matter_yellow ON approval_matter (department_code)
    WHERE alert_level = 1 AND status IN ('ACCEPTED', 'IN_REVIEW');

-- Only the simulated approvals are looked up by their date (the scan's conversion reminders); every other
-- matter had an entry here for nothing.
DROP INDEX ix_approval_matter_simulated;
CREATE INDEX ix_approval_matter_simulated ON approval_matter (simulated_on) WHERE status = 'SIMULATED';

-- The outbox reads only the notices still to be mailed; with e-mail off (the default) there are none, and
-- each of a day's 120,007 notices wrote an index entry 'NONE'.
DROP INDEX ix_notification_email;
CREATE INDEX ix_notification_email ON notification (id) WHERE email_state = 'PENDING';

-- A project's light is no index's column, so its rewrite can stay on its page and write no index entry
-- (its three trigram indexes among them) if the page has room: pages written from now on keep a tenth free.
-- Existing pages gain it when the table is rewritten (VACUUM FULL project, at a quiet hour).
ALTER TABLE project SET (fillfactor = 90);
