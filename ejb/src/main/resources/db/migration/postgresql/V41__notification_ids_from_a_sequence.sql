-- Notices take their ids from a sequence rather than from an identity column: an identity id is known only once
-- the row is inserted, so Hibernate wrote each notice on its own, at persist, outside the JDBC batches (a ledger
-- import of N projects made N such single inserts). The sequence hands out one id at a time, not blocks as the
-- other tables' do: the inbox lists notices by id, newest first, and ids drawn one by one stay in the order the
-- notices were written, by any server and by the scan's set-based INSERT ... SELECT (the column's default).
CREATE SEQUENCE notification_seq;
-- Started past the notices already kept.
SELECT setval('notification_seq', COALESCE((SELECT MAX(id) FROM notification), 0) + 1, false);
ALTER TABLE notification ALTER COLUMN id DROP IDENTITY;
ALTER TABLE notification ALTER COLUMN id SET DEFAULT nextval('notification_seq');
