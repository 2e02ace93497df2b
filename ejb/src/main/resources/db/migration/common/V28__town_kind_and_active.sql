-- Towns become reference data the office keeps (issue 16): each town's kind (a town 镇, a subdistrict 街道,
-- or a development zone 开发区/新区) and whether it is still offered for new intakes, accounts and
-- referrals (an inactive town keeps its projects). The version guards the edit dialog against a stale save.
-- Existing rows take their kind from their name, as the shipped towns are named.

ALTER TABLE town ADD COLUMN kind VARCHAR(20);
ALTER TABLE town ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE town ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

UPDATE town SET kind = CASE
    WHEN name LIKE '%街道' THEN 'STREET'
    WHEN name LIKE '%镇' THEN 'TOWN'
    ELSE 'DEVELOPMENT_ZONE' END;

ALTER TABLE town ALTER COLUMN kind SET NOT NULL;
ALTER TABLE town ADD CONSTRAINT ck_town_kind CHECK (kind IN ('TOWN', 'STREET', 'DEVELOPMENT_ZONE'));
