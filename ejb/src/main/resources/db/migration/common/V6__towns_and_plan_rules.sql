-- Reference data of the intake: the towns a project may be in, and which approval categories a
-- project of each type is planned with (both loaded from config/catalogue at first start).

CREATE TABLE town (
    code          VARCHAR(20)  NOT NULL PRIMARY KEY,
    name          VARCHAR(60)  NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    list_position INTEGER      NOT NULL
);

CREATE TABLE plan_rule (
    category_code VARCHAR(20) NOT NULL,
    project_type  VARCHAR(30) NOT NULL,
    CONSTRAINT pk_plan_rule PRIMARY KEY (category_code, project_type)
);

ALTER TABLE project ADD CONSTRAINT fk_project_town FOREIGN KEY (town_code) REFERENCES town (code);
