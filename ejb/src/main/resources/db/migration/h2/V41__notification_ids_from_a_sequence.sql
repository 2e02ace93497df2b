-- Notices take their ids from a sequence rather than from an identity column: an identity id is known only once
-- the row is inserted, so Hibernate wrote each notice on its own, at persist, outside the JDBC batches (a ledger
-- import of N projects made N such single inserts). The sequence hands out one id at a time, not blocks as the
-- other tables' do: the inbox lists notices by id, newest first, and ids drawn one by one stay in the order the
-- notices were written, by any server and by the scan's set-based INSERT ... SELECT (the column's default).
-- Started past the notices already kept.
EXECUTE IMMEDIATE 'CREATE SEQUENCE notification_seq START WITH ' || (SELECT COALESCE(MAX(id), 0) + 1 FROM notification);
ALTER TABLE notification ALTER COLUMN id DROP IDENTITY;
ALTER TABLE notification ALTER COLUMN id SET DEFAULT NEXT VALUE FOR notification_seq;
