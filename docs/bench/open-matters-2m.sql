-- Fills a migrated Project Desk database (PostgreSQL) with 100,000 fictional projects in approval,
-- each with 20 running matters (accepted or in review): 2,000,000 open matters for the time-limit
-- scan, due between 60 working-day-ish days ago and 45 days ahead of the run's day, a tenth of the
-- projects on the green channel. Run it once after the application has started on the empty database
-- (so that migrations and reference data are in place):  psql -d projectdesk_scanbench -f open-matters-2m.sql
-- Another size: psql -v projects=1000 ... (20 matters each still; one enterprise for every five projects).
-- docs/bench/run loads it so (100,000, or 1,000 with --small).
-- Due dates stay inside the loaded calendar years (the scan skips a date it has no ordinal for).
-- Every matter has its planned dates, as intake's plan gives real ones (here: accepted and due on plan); a
-- matter without them is planned at the next start (CalendarYears.fillEmptyDates), which would re-plan and
-- audit all 2 M of them and recount their due dates from their clocks, changing the data the paths measure.

\if :{?projects}
\else
\set projects 100000
\endif
SELECT greatest(1, :projects / 5) AS enterprises \gset

BEGIN;

INSERT INTO enterprise (id, version, credit_code, name, contact_name, contact_phone)
SELECT 2000000 + g, 0, '9132069' || lpad(g::text, 10, '0') || 'X', '扫描基准企业' || g, '联系人', '0513-0000'
FROM generate_series(1, :enterprises) AS g;

INSERT INTO project (id, version, file_no, project_code, name, enterprise_id, investment, industry, project_type,
                     town_code, land_status, officer, status, intake_on, catalogue_version, created_by, created_at,
                     green_channel)
SELECT 2000000 + g, 0,
       'XS-' || (2024 + g % 3) || '-' || lpad(g::text, 6, '0'),
       (2024 + g % 3) || '-320684-' || lpad((g % 90 + 10)::text, 2, '0') || '-04-' || lpad(g::text, 6, '0'),
       '扫描基准项目' || g, 2000000 + (g % :enterprises) + 1, (g % 500 + 1) * 100, '制造业', 'INDUSTRIAL',
       (ARRAY['HMKFQ','HMGXQ','LJXQ','HMJD','SCJD','BJJD','CLZ','YLZ','ZYZ','BCZ','YDZ','SJZ'])[g % 12 + 1],
       'HELD', (ARRAY['officer1','officer2'])[g % 2 + 1], 'IN_APPROVAL', CURRENT_DATE - 120, 1, 'bench', now(),
       CASE WHEN g % 10 = 0 THEN 'GRANTED' ELSE 'NONE' END
FROM generate_series(1, :projects) AS g;

-- Matter n of project g: accepted (g + n) % 90 days ago, due 3 to 52 days after that (so some are
-- overdue, some due soon, most still green), on a working day of the loaded years.
INSERT INTO approval_matter (id, version, project_id, category_code, category_name, department_code, statutory_days,
                             promised_days, green_channel_days, status, case_type, filed_by_agent, accepted_on,
                             clock_started_on, due_on, statutory_due_on, last_event_on, green_channel,
                             planned_start, planned_finish)
SELECT 50000000 + (p.g - 1) * 20 + c.n, 0, 2000000 + p.g, c.code, c.name, c.department_code, c.statutory_days,
       greatest(c.promised_days, 3), least(c.green_channel_days, greatest(c.promised_days, 3)),
       CASE WHEN (p.g + c.n) % 2 = 0 THEN 'ACCEPTED' ELSE 'IN_REVIEW' END, c.default_case_type, true,
       CURRENT_DATE - ((p.g + c.n) % 90), CURRENT_DATE - ((p.g + c.n) % 90),
       least(DATE '2026-12-31', CURRENT_DATE - ((p.g + c.n) % 90) + 3 + (p.g * 7 + c.n) % 50),
       least(DATE '2026-12-31', CURRENT_DATE - ((p.g + c.n) % 90) + 40),
       CURRENT_DATE - ((p.g + c.n) % 90), p.g % 10 = 0,
       CURRENT_DATE - ((p.g + c.n) % 90), least(DATE '2026-12-31', CURRENT_DATE - ((p.g + c.n) % 90) + 3 + (p.g * 7 + c.n) % 50)
FROM generate_series(1, :projects) AS p(g)
CROSS JOIN (SELECT (row_number() OVER (ORDER BY code))::int AS n, * FROM approval_category
            WHERE catalogue_version_id = (SELECT id FROM catalogue_version WHERE version_number = 1)
            ORDER BY code LIMIT 20) AS c;

COMMIT;
ANALYZE;
