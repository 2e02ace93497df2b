-- Fills a migrated Project Desk database (PostgreSQL) with 100,000 fictional projects of 20,000
-- enterprises, each with the 22 matters of an industrial plan: 2.2 million matters, some accepted
-- with due dates, some approved. Run it once after the application has started on the empty database
-- (so that migrations and reference data are in place):  psql -d projectdesk_bench -f projects-100k.sql

BEGIN;

INSERT INTO enterprise (id, version, credit_code, name, contact_name, contact_phone)
SELECT 1000000 + g, 0, '9132068' || lpad(g::text, 10, '0') || 'X', '基准企业' || g, '联系人', '0513-0000'
FROM generate_series(1, 20000) AS g;

INSERT INTO project (id, version, file_no, project_code, name, enterprise_id, investment, industry, project_type,
                     town_code, land_status, officer, status, intake_on, catalogue_version, created_by, created_at)
SELECT 1000000 + g, 0,
       'XB-' || (2024 + g % 3) || '-' || lpad(g::text, 6, '0'),
       (2024 + g % 3) || '-320684-' || lpad((g % 90 + 10)::text, 2, '0') || '-03-' || lpad(g::text, 6, '0'),
       '基准项目' || g || (CASE g % 5 WHEN 0 THEN '码头' WHEN 1 THEN '厂房' WHEN 2 THEN '仓储' WHEN 3 THEN '光伏' ELSE '道路' END),
       1000000 + (g % 20000) + 1, (g % 500 + 1) * 100, '制造业',
       (ARRAY['INDUSTRIAL','PUBLIC_BUILDING','COMMERCIAL_RESIDENTIAL','INFRASTRUCTURE'])[g % 4 + 1],
       (ARRAY['HMKFQ','HMGXQ','LJXQ','HMJD','SCJD','BJJD','CLZ','YLZ','ZYZ','BCZ','YDZ','SJZ'])[g % 12 + 1],
       'HELD', (ARRAY['officer1','officer2'])[g % 2 + 1],
       (ARRAY['ACCEPTED','IN_APPROVAL','IN_APPROVAL','IN_APPROVAL','APPROVALS_COMPLETED','CONSTRUCTION_STARTED'])[g % 6 + 1],
       DATE '2024-01-02' + (g % 1000), 1, 'bench', now()
FROM generate_series(1, 100000) AS g;

INSERT INTO approval_matter (id, version, project_id, category_code, category_name, department_code, statutory_days,
                             promised_days, green_channel_days, status, case_type, filed_by_agent, accepted_on, due_on,
                             decided_on, last_event_on)
SELECT 10000000 + (p.g - 1) * 22 + c.n, 0, 1000000 + p.g, c.code, c.name, c.department_code, c.statutory_days,
       c.promised_days, c.green_channel_days,
       CASE WHEN (p.g + c.n) % 3 = 0 THEN 'APPROVED' WHEN (p.g + c.n) % 3 = 1 THEN 'ACCEPTED' ELSE 'PLANNED' END,
       c.default_case_type, true,
       CASE WHEN (p.g + c.n) % 3 < 2 THEN DATE '2024-01-02' + (p.g % 1000) END,
       CASE WHEN (p.g + c.n) % 3 = 1 THEN DATE '2024-01-02' + (p.g % 1000) + c.promised_days + 2 END,
       CASE WHEN (p.g + c.n) % 3 = 0 THEN DATE '2024-01-02' + (p.g % 1000) + c.promised_days END,
       DATE '2024-01-02' + (p.g % 1000)
FROM generate_series(1, 100000) AS p(g)
CROSS JOIN (SELECT row_number() OVER (ORDER BY code) AS n, * FROM approval_category
            WHERE catalogue_version_id = (SELECT id FROM catalogue_version WHERE version_number = 1)) AS c;

COMMIT;
ANALYZE;
