-- Who may read each history entry (audit.boundary.Readers): the roles that may read its source
-- (NULL: everyone who may open the file) and, for a department window, the departments whose
-- work it is (NULL: any). Entries written before this version get the readers their sources'
-- read methods declared at this version; departments come from the source's own rows.

ALTER TABLE audit_entry ADD COLUMN readers VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN reader_departments VARCHAR(1000);

-- Complaints and ratings: the office and the investor (Complaints.ofProject, Ratings.of).
UPDATE audit_entry SET readers = 'DIRECTOR,INVESTOR,OFFICER'
 WHERE action IN ('COMPLAINT_FILED', 'COMPLAINT_ANSWERED', 'RATED', 'RATING_REVISED');

-- Uploads: the office, the investor and the departments asking for the material (MaterialUploads.ofProject).
UPDATE audit_entry SET readers = 'DEPARTMENT,DIRECTOR,INVESTOR,OFFICER',
       reader_departments = COALESCE((SELECT STRING_AGG(DISTINCT s.department_code, ',' ORDER BY s.department_code)
                                        FROM required_material m JOIN required_material_source s ON s.required_material_id = m.id
                                       WHERE m.project_id = audit_entry.project_id AND m.material = audit_entry.target), '')
 WHERE action = 'MATERIAL_UPLOADED';

-- Problems: everyone, a department only for the problems it is responsible for (Problems.forProject).
UPDATE audit_entry SET readers = 'ADMIN,DEPARTMENT,DIRECTOR,INVESTOR,LEADER,OFFICER',
       reader_departments = COALESCE((SELECT STRING_AGG(d.department_code, ',' ORDER BY d.department_code)
                                        FROM coordination_problem_department d
                                       WHERE 'problem:' || CAST(d.problem_id AS VARCHAR(20)) = audit_entry.target), '')
 WHERE action LIKE 'PROBLEM\_%' ESCAPE '\';

-- Visits: not the investor, a department only for the visits it joined (Visits.list).
UPDATE audit_entry SET readers = 'ADMIN,DEPARTMENT,DIRECTOR,LEADER,OFFICER',
       reader_departments = COALESCE((SELECT STRING_AGG(d.department_code, ',' ORDER BY d.department_code)
                                        FROM site_visit_department d
                                       WHERE 'visit:' || CAST(d.visit_id AS VARCHAR(20)) = audit_entry.target), '')
 WHERE action LIKE 'VISIT\_%' ESCAPE '\';

-- Meetings: everyone who may read the project's meetings, a department only for those it was invited to (Meetings.forProject).
UPDATE audit_entry SET readers = 'ADMIN,DEPARTMENT,DIRECTOR,INVESTOR,LEADER,OFFICER',
       reader_departments = COALESCE((SELECT STRING_AGG(i.department_code, ',' ORDER BY i.department_code)
                                        FROM meeting_invitation i
                                       WHERE 'meeting ' || CAST(i.meeting_id AS VARCHAR(20)) = audit_entry.target), '')
 WHERE action LIKE 'MEETING\_%' ESCAPE '\';
