-- The organization tree. parent_id is the truth; path ('/1/5/9/') is derived from it and indexed, so a
-- subtree is one range scan (path LIKE '/1/5/%') instead of a recursive walk on every request.
CREATE TABLE organization (
    id             BIGSERIAL PRIMARY KEY,
    parent_id      BIGINT REFERENCES organization (id),
    code           VARCHAR(64)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    level          VARCHAR(32)  NOT NULL,
    sector         VARCHAR(32),
    secretary_name VARCHAR(100),
    founded_on     DATE,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    path           TEXT         NOT NULL,
    depth          INT          NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT organization_code_uk UNIQUE (code),
    CONSTRAINT organization_kind_ck CHECK (kind IN ('COMMITTEE', 'WORKING_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH')),
    CONSTRAINT organization_level_ck CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY', 'UNIT')),
    CONSTRAINT organization_sector_ck CHECK (sector IS NULL OR sector IN ('AGENCY', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION'))
);
CREATE INDEX organization_path_idx ON organization (path text_pattern_ops);
CREATE INDEX organization_parent_idx ON organization (parent_id);
CREATE INDEX organization_name_trgm_idx ON organization (lower(name));
