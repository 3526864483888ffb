-- 软弱涣散: quotas per level and sector ("other grassroots organizations": enterprises, social organizations, agencies).
-- A candidate counts against its (level, sector) row when there is one, otherwise against its level's row in weak_org_quota.
CREATE TABLE weak_org_sector_quota (
    level  VARCHAR(32)   NOT NULL,
    sector VARCHAR(32)   NOT NULL,
    share  NUMERIC(5, 4) NOT NULL CHECK (share >= 0 AND share <= 1),
    PRIMARY KEY (level, sector)
);
INSERT INTO weak_org_sector_quota (level, sector, share) VALUES
    ('UNIT', 'PRIVATE_ENTERPRISE', 0.05),
    ('UNIT', 'SOCIAL_ORGANIZATION', 0.05),
    ('UNIT', 'AGENCY', 0.05);
