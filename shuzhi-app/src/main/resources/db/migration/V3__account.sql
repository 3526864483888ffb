CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_uk UNIQUE (username)
);

-- A grant is role x organization subtree. organization_id NULL is only allowed for ADMIN: the whole system.
CREATE TABLE role_grant (
    id              BIGSERIAL PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role            VARCHAR(32) NOT NULL,
    organization_id BIGINT REFERENCES organization (id),
    CONSTRAINT role_grant_role_ck CHECK (role IN ('ADMIN', 'ORGANIZATION_DEPARTMENT', 'SECRETARY', 'EVALUATOR', 'VIEWER')),
    CONSTRAINT role_grant_scope_ck CHECK (organization_id IS NOT NULL OR role = 'ADMIN'),
    CONSTRAINT role_grant_uk UNIQUE (user_id, role, organization_id)
);
CREATE INDEX role_grant_user_idx ON role_grant (user_id);

-- API tokens: only a SHA-256 of the token is stored, so a database dump does not hand out logins.
CREATE TABLE api_token (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash  CHAR(64)    NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);

-- Failed logins per username, kept in the database so throttling holds across nodes.
CREATE TABLE login_failure (
    id        BIGSERIAL PRIMARY KEY,
    username  VARCHAR(64) NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failure_user_idx ON login_failure (username, failed_at);
