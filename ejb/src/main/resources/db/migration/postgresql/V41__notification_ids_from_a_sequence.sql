-- Notices take their ids from a sequence in blocks of 50, as the other tables do, rather than from an identity
-- column: an identity id is known only once the row is inserted, so Hibernate wrote each notice on its own, at
-- persist, outside the JDBC batches (a ledger import of N projects made N such single inserts). The scan's
-- set-based INSERT ... SELECT takes its ids from the same sequence as the column's default.
CREATE SEQUENCE notification_seq INCREMENT BY 50;
-- Started past the notices already kept: Hibernate takes the 50 ids up to each value it draws.
SELECT setval('notification_seq', COALESCE((SELECT MAX(id) FROM notification), 0) + 50, false);
ALTER TABLE notification ALTER COLUMN id DROP IDENTITY;
ALTER TABLE notification ALTER COLUMN id SET DEFAULT nextval('notification_seq');
