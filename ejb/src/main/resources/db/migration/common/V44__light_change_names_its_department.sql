-- A light change keeps the category and the department of the matter it was judged on. The scan's four notices of a
-- change name both, and the department's windows are found by the second: each notice statement joined the day's
-- changes to their matters again to read them, a primary-key lookup into approval_matter per change (82,231 a day at
-- 2 million running matters, in five statements). The scan writes both from the very row it judges. The changes
-- logged before this version keep NULL: their notices were written by the scans that logged them, and nothing else
-- reads these columns.
ALTER TABLE light_change ADD COLUMN category_code VARCHAR(20);
ALTER TABLE light_change ADD COLUMN department_code VARCHAR(10);
