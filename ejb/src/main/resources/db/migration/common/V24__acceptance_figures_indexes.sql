-- The joint completion acceptance figures read a period's cases by application and by opinion day, and its
-- rectification findings by the day raised and the day closed.
CREATE INDEX ix_acceptance_case_applied ON acceptance_case (applied_on);
CREATE INDEX ix_acceptance_case_opinion ON acceptance_case (opinion_on);
CREATE INDEX ix_acceptance_finding_raised ON acceptance_finding (raised_on);
CREATE INDEX ix_acceptance_finding_closed ON acceptance_finding (closed_on);
