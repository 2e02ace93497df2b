-- The project list's substring search (like '%…%' on the project's name, file number and project
-- code and on the enterprise's name, see ServiceFiles.list) served by trigram indexes. PostgreSQL
-- only: H2 has no such index and no version 10. The search keeps every condition on the project
-- table (enterprises by id), or PostgreSQL would not combine these indexes; docs/benchmarks.md.
--
-- pg_trgm finds no trigram in a term of fewer than three characters ("码头"): ServiceFiles matches
-- such terms with locate, and they still read every row. Chinese characters count as word
-- characters only under a ctype that classifies them (C.UTF-8 and the zh_CN / en_US UTF-8 locales
-- do; plain C does not).
--
-- CREATE EXTENSION needs the CREATE privilege on the database (pg_trgm is a trusted extension). The
-- operator class is named with the extension's schema, so that the indexes are made whatever the
-- connection's search_path (the mapping test migrates into a schema of its own) and wherever an
-- earlier installation put pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

DO $$
DECLARE
    trgm TEXT := (SELECT n.nspname FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
                  WHERE x.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX ix_project_name_trgm ON project USING gin (lower(name) %I.gin_trgm_ops)', trgm);
    EXECUTE format('CREATE INDEX ix_project_file_no_trgm ON project USING gin (file_no %I.gin_trgm_ops)', trgm);
    EXECUTE format('CREATE INDEX ix_project_code_trgm ON project USING gin (project_code %I.gin_trgm_ops)', trgm);
    EXECUTE format('CREATE INDEX ix_enterprise_name_trgm ON enterprise USING gin (lower(name) %I.gin_trgm_ops)', trgm);
END
$$;
