-- The live ballot. Who voted is kept apart from what was voted: a token knows only its session, its group and
-- whether it was used; a ballot knows its token (to replace an earlier ballot of the same token) but no person,
-- and carries no timestamp.
CREATE TABLE ballot_session (
    id          BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT      NOT NULL REFERENCES campaign (id),
    mode        VARCHAR(8)  NOT NULL,
    status      VARCHAR(8)  NOT NULL,
    fingerprint CHAR(64)    NOT NULL,
    screen_key  VARCHAR(64) NOT NULL,
    seats       INT         NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL,
    closed_at   TIMESTAMPTZ,
    released_at TIMESTAMPTZ,
    CONSTRAINT ballot_session_mode_ck CHECK (mode IN ('FORMAL', 'TEST')),
    CONSTRAINT ballot_session_status_ck CHECK (status IN ('OPEN', 'CLOSED', 'RELEASED'))
);
CREATE INDEX ballot_session_campaign_idx ON ballot_session (campaign_id);

-- Evaluator groups of a session with their weights, frozen at opening.
CREATE TABLE ballot_group (
    session_id BIGINT        NOT NULL REFERENCES ballot_session (id) ON DELETE CASCADE,
    name       VARCHAR(100)  NOT NULL,
    weight     NUMERIC(9, 4) NOT NULL,
    seats      INT           NOT NULL,
    position   INT           NOT NULL,
    CONSTRAINT ballot_group_pk PRIMARY KEY (session_id, name),
    CONSTRAINT ballot_group_weight_ck CHECK (weight > 0),
    CONSTRAINT ballot_group_seats_ck CHECK (seats > 0)
);

CREATE TABLE ballot_token (
    id         BIGSERIAL PRIMARY KEY,
    session_id BIGINT       NOT NULL REFERENCES ballot_session (id) ON DELETE CASCADE,
    group_name VARCHAR(100) NOT NULL,
    token      VARCHAR(32)  NOT NULL,
    used       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT ballot_token_uk UNIQUE (token)
);
CREATE INDEX ballot_token_session_idx ON ballot_token (session_id);

-- One row per counted ballot: the ratings as {"reportId": "GRADE", ...}. Re-voting replaces the row.
CREATE TABLE ballot (
    token_id   BIGINT       PRIMARY KEY REFERENCES ballot_token (id) ON DELETE CASCADE,
    session_id BIGINT       NOT NULL REFERENCES ballot_session (id) ON DELETE CASCADE,
    group_name VARCHAR(100) NOT NULL,
    ratings    JSONB        NOT NULL,
    comment    VARCHAR(500)
);
CREATE INDEX ballot_session_idx ON ballot (session_id);
