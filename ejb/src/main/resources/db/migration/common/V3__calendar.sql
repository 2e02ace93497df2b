-- The official holiday schedule, one row per loaded year and one per listed day (holiday or make-up
-- working day). Unlisted days follow the week: Monday to Friday worked, weekends off.

CREATE TABLE calendar_year (
    year_number INTEGER      NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    source      VARCHAR(200) NOT NULL,
    loaded_by   VARCHAR(64)  NOT NULL,
    loaded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar_day (
    year_number INTEGER     NOT NULL,
    listed_on   DATE        NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    name        VARCHAR(60) NOT NULL,
    CONSTRAINT pk_calendar_day PRIMARY KEY (listed_on),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (year_number) REFERENCES calendar_year (year_number) ON DELETE CASCADE,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

CREATE INDEX ix_calendar_day_year ON calendar_day (year_number);
