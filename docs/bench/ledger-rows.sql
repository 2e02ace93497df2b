-- The floor of a ledger apply in our own schema: the rows one apply wrote (its projects, their enterprises,
-- matters, prerequisites, audit entries, officer handovers, notices about them and the year's counter; the one
-- notice an officer gets for the whole import names no project and is left out), written again by
-- PostgreSQL alone with one INSERT ... SELECT per table, under new keys, into the same tables with the same
-- indexes, unique keys and foreign keys, in one transaction that is rolled back. No Java, no statement per row:
-- what no import path into this schema can beat. Used by paths/50-ledger.sh; the projects are chosen by
-- :'codes', a LIKE pattern on substr(project_code, 6) (LedgerFile's codes carry the run number there).
--   psql -v codes='320684-20-04-%' -f docs/bench/ledger-rows.sql
\set ON_ERROR_STOP on
BEGIN;
SELECT set_config('bench.codes', :'codes', true) \gset
DO $$
DECLARE
    cols text;
    exprs text;
    -- Columns given new values in the copies; every other column is copied as it is.
    overrides jsonb := jsonb_build_object(
        'enterprise', jsonb_build_object('id', 'e.new_id', 'credit_code', '''Z'' || substr(t.credit_code, 2)'),
        'project', jsonb_build_object('id', 'p.new_id', 'file_no', '''Z'' || substr(t.file_no, 2)',
            'project_code', '''Z'' || substr(t.project_code, 2)',
            'enterprise_id', 'coalesce((select e.new_id from bench_enterprises e where e.old_id = t.enterprise_id), t.enterprise_id)'),
        'approval_matter', jsonb_build_object('id', 'p.matter_offset + t.id', 'project_id', 'p.new_id'),
        'matter_prerequisite', jsonb_build_object('matter_id', 'p.matter_offset + t.matter_id'),
        'audit_entry', jsonb_build_object('id', 'p.audit_offset + t.id', 'project_id', 'p.new_id'),
        'officer_handover', jsonb_build_object('project_id', 'p.new_id'),
        'notification', jsonb_build_object('id', 'nextval(''notification_seq'')', 'project_id', 'p.new_id',
            'source_key', '''Z'' || t.source_key'));
    -- How each table's rows of the chosen projects are found (t: the table; p: bench_projects).
    sources jsonb := jsonb_build_object(
        'enterprise', 'enterprise t join bench_enterprises e on e.old_id = t.id',
        'project', 'project t join bench_projects p on p.old_id = t.id',
        'approval_matter', 'approval_matter t join bench_projects p on p.old_id = t.project_id',
        'matter_prerequisite', 'matter_prerequisite t join approval_matter m on m.id = t.matter_id join bench_projects p on p.old_id = m.project_id',
        'audit_entry', 'audit_entry t join bench_projects p on p.old_id = t.project_id',
        'officer_handover', 'officer_handover t join bench_projects p on p.old_id = t.project_id',
        'notification', 'notification t join bench_projects p on p.old_id = t.project_id');
    tbl text;
BEGIN
    CREATE TEMP TABLE bench_projects ON COMMIT DROP AS
        SELECT id AS old_id, id + (SELECT max(id) + 1 FROM project) AS new_id,
               (SELECT max(id) + 1 FROM approval_matter) AS matter_offset, (SELECT max(id) + 1 FROM audit_entry) AS audit_offset
        FROM project WHERE substr(project_code, 6) LIKE current_setting('bench.codes');
    -- Looked up by old id once a row of every table below: without an index that is a pass over 100,000 projects
    -- for each of them (the full-size floor ran for 25 minutes and was stopped).
    CREATE UNIQUE INDEX ON bench_projects (old_id);
    ANALYZE bench_projects;
    IF (SELECT count(*) FROM bench_projects) = 0 THEN
        RAISE EXCEPTION 'no project code matches %', current_setting('bench.codes');
    END IF;
    -- The enterprises the apply created: those whose every project is one of the chosen (as an apply names them).
    CREATE TEMP TABLE bench_enterprises ON COMMIT DROP AS
        SELECT e.id AS old_id, e.id + (SELECT max(id) + 1 FROM enterprise) AS new_id FROM enterprise e
        WHERE EXISTS (SELECT 1 FROM project q JOIN bench_projects b ON b.old_id = q.id WHERE q.enterprise_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM project q WHERE q.enterprise_id = e.id
                          AND q.id NOT IN (SELECT old_id FROM bench_projects));
    CREATE UNIQUE INDEX ON bench_enterprises (old_id);
    ANALYZE bench_enterprises;
    FOREACH tbl IN ARRAY ARRAY['enterprise', 'project', 'approval_matter', 'matter_prerequisite', 'audit_entry',
                               'officer_handover', 'notification'] LOOP
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
               string_agg(coalesce(overrides -> tbl ->> column_name, 't.' || quote_ident(column_name)), ', ' ORDER BY ordinal_position)
          INTO cols, exprs
          FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = tbl;
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %s', tbl, cols, exprs, sources ->> tbl);
    END LOOP;
    UPDATE file_counter SET last_number = last_number + (SELECT count(*) FROM bench_projects)
        WHERE counter_year = (SELECT max(counter_year) FROM file_counter);
END $$;
ROLLBACK;
