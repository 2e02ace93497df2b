-- A town's staff (TOWN) follows its town's projects: it reads their service files, problems, visits
-- and meetings, and raises coordination problems as the town.

-- A problem raised by the project's town.
ALTER TABLE coordination_problem DROP CONSTRAINT ck_coordination_problem_source;
ALTER TABLE coordination_problem ADD CONSTRAINT ck_coordination_problem_source
    CHECK (source IN ('MEETING', 'VISIT', 'OFFICER', 'INVESTOR', 'TOWN'));

-- A town's project list (and every list narrowed to a town) pages its projects newest intake first.
CREATE INDEX ix_project_town_intake ON project (town_code, intake_on, file_no);

-- History readers (audit.boundary.Readers): the read methods of problems, visits and meetings now allow
-- TOWN, so the entries written before this version, which carry the readers their sources declared
-- then (V17 and every entry written since), gain TOWN. Only those exact reader lists of those families
-- change; the departments stay as they were.

-- Problems (Problems.forProject).
UPDATE audit_entry SET readers = 'ADMIN,DEPARTMENT,DIRECTOR,INVESTOR,LEADER,OFFICER,TOWN'
 WHERE readers = 'ADMIN,DEPARTMENT,DIRECTOR,INVESTOR,LEADER,OFFICER' AND action LIKE 'PROBLEM\_%' ESCAPE '\';

-- Visits (Visits.list).
UPDATE audit_entry SET readers = 'ADMIN,DEPARTMENT,DIRECTOR,LEADER,OFFICER,TOWN'
 WHERE readers = 'ADMIN,DEPARTMENT,DIRECTOR,LEADER,OFFICER' AND action LIKE 'VISIT\_%' ESCAPE '\';

-- Meetings (Meetings.forProject).
UPDATE audit_entry SET readers = 'ADMIN,DEPARTMENT,DIRECTOR,INVESTOR,LEADER,OFFICER,TOWN'
 WHERE readers = 'ADMIN,DEPARTMENT,DIRECTOR,INVESTOR,LEADER,OFFICER' AND action LIKE 'MEETING\_%' ESCAPE '\';
