-- A materials-library import re-merges only the notifications it can change: those with an item under a
-- changed wording, and those whose plan has a category whose document changed producer. Both look-ups
-- go by these columns across all projects (the unique keys lead with project_id and do not serve them).
CREATE INDEX ix_required_material_key ON required_material (material_key);
CREATE INDEX ix_approval_matter_category ON approval_matter (category_code);
