-- Accounts and their roles. Passwords are stored only as salted PBKDF2 hashes.

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    username          VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    password_hash     VARCHAR(200) NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    department_code   VARCHAR(20),
    enterprise_code   VARCHAR(18),
    phone             VARCHAR(30),
    email             VARCHAR(120),
    failed_logins     INTEGER      NOT NULL,
    locked_until      TIMESTAMP(6) WITH TIME ZONE,
    last_login_at     TIMESTAMP(6) WITH TIME ZONE,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_account_role_role ON account_role (role);
