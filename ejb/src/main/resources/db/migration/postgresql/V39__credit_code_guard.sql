-- Rows that intakes of a new enterprise lock by its credit code (CreditCodeGuard), so that the year's
-- file counter need be locked only from numbering to commit.
CREATE TABLE credit_code_guard (
    bucket INTEGER NOT NULL PRIMARY KEY
);

INSERT INTO credit_code_guard (bucket) SELECT g FROM generate_series(0, 63) AS g;
