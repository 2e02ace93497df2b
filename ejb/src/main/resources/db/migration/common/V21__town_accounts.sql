-- A TOWN account (区镇) names the town whose projects its staff follow, as a DEPARTMENT account names
-- its department: by code, checked against the town table when an administrator saves the account.

ALTER TABLE account ADD COLUMN town_code VARCHAR(20);
