-- Failed sign-ins are throttled per account and network address, not by an account-wide lock
-- that anyone could set off; blocks and unlocks are kept as an audit trail.

ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;

CREATE SEQUENCE sign_in_throttle_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sign_in_throttle (
    id              BIGINT       NOT NULL PRIMARY KEY,
    account_id      BIGINT       NOT NULL,
    address         VARCHAR(45)  NOT NULL,
    failures        INTEGER      NOT NULL,
    first_failed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_failed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    blocked_since   TIMESTAMP(6) WITH TIME ZONE,
    blocked_until   TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uk_sign_in_throttle UNIQUE (account_id, address),
    CONSTRAINT fk_sign_in_throttle_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_sign_in_throttle_last_failed ON sign_in_throttle (last_failed_at);

CREATE SEQUENCE account_lock_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account_lock_event (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    happened_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    address       VARCHAR(45),
    blocked_until TIMESTAMP(6) WITH TIME ZONE,
    actor         VARCHAR(64),
    CONSTRAINT fk_account_lock_event_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_account_lock_event_account ON account_lock_event (account_id, happened_at);
