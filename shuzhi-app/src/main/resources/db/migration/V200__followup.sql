-- Year-round follow-up: problems and their close-out, commitments, weak organizations, warnings, notifications.

-- 问题清单. The number (e.g. SUIXIAN-2015-007) is allocated from problem_sequence, one row per (organization, year),
-- with an upsert that locks the row, so concurrent creations never share a number.
CREATE TABLE problem (
    id                BIGSERIAL PRIMARY KEY,
    organization_id   BIGINT       NOT NULL REFERENCES organization (id),
    number            VARCHAR(100) NOT NULL,
    year              INT          NOT NULL,
    source            VARCHAR(20)  NOT NULL,
    source_ref        VARCHAR(200),
    description       TEXT         NOT NULL,
    root_cause        TEXT,
    severity          VARCHAR(10)  NOT NULL DEFAULT 'MEDIUM',
    responsible_person VARCHAR(100) NOT NULL,
    measures          TEXT         NOT NULL,
    standard          TEXT         NOT NULL,
    due_date          DATE         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    last_activity_at  TIMESTAMPTZ  NOT NULL,
    closed_at         TIMESTAMPTZ,
    closed_by         VARCHAR(64),
    close_reason      TEXT,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT problem_number_uk UNIQUE (number),
    CONSTRAINT problem_source_ck CHECK (source IN ('REPORT', 'CRITIQUE', 'INSPECTION', 'SELF_CHECK', 'PUBLIC')),
    CONSTRAINT problem_severity_ck CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT problem_status_ck CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSE_REQUESTED', 'CLOSED', 'RETURNED', 'REOPENED'))
);
CREATE INDEX problem_org_idx ON problem (organization_id, year);
CREATE INDEX problem_due_idx ON problem (due_date) WHERE status <> 'CLOSED';

CREATE TABLE problem_sequence (
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    year            INT    NOT NULL,
    last_value      INT    NOT NULL,
    PRIMARY KEY (organization_id, year)
);

-- Evidence is append-only: a new upload is a new row (a new revision), the file itself is content-addressed.
CREATE TABLE problem_evidence (
    id           BIGSERIAL PRIMARY KEY,
    problem_id   BIGINT       NOT NULL REFERENCES problem (id),
    revision     INT          NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    storage_key  VARCHAR(200) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT problem_evidence_rev_uk UNIQUE (problem_id, revision)
);

-- Every transition, with who and why: the ledger (台账) of a problem.
CREATE TABLE problem_event (
    id          BIGSERIAL PRIMARY KEY,
    problem_id  BIGINT      NOT NULL REFERENCES problem (id),
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    reason      TEXT,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX problem_event_problem_idx ON problem_event (problem_id);

-- 承诺. The status is judged from target and progress when read; only a human rating is stored.
CREATE TABLE commitment (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    owner           VARCHAR(100),
    text            TEXT          NOT NULL,
    target_value    NUMERIC(18, 4),
    target_max      NUMERIC(18, 4),
    unit            VARCHAR(20),
    comparator      VARCHAR(12),
    deadline        DATE          NOT NULL,
    period          VARCHAR(12)   NOT NULL DEFAULT 'ONCE',
    source          VARCHAR(12)   NOT NULL DEFAULT 'MANUAL',
    source_ref      VARCHAR(200),
    created_at      TIMESTAMPTZ   NOT NULL,
    rated_status    VARCHAR(20),
    rating_reason   TEXT,
    rated_by        VARCHAR(64),
    rated_at        TIMESTAMPTZ,
    CONSTRAINT commitment_comparator_ck CHECK (comparator IS NULL OR comparator IN ('EXACT', 'MORE_THAN', 'AT_LEAST', 'APPROX', 'AT_MOST', 'RANGE')),
    CONSTRAINT commitment_period_ck CHECK (period IN ('ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    CONSTRAINT commitment_source_ck CHECK (source IN ('MEASURES', 'MANUAL')),
    CONSTRAINT commitment_rated_ck CHECK (rated_status IS NULL OR rated_status IN ('NOT_STARTED', 'IN_PROGRESS', 'STALLED', 'FULFILLED', 'PARTLY_FULFILLED', 'BROKEN', 'UNVERIFIABLE')),
    CONSTRAINT commitment_target_ck CHECK (comparator IS NULL OR target_value IS NOT NULL),
    CONSTRAINT commitment_broken_reason_ck CHECK (rated_status IS DISTINCT FROM 'BROKEN' OR length(trim(rating_reason)) > 0)
);
CREATE INDEX commitment_org_idx ON commitment (organization_id, deadline);

CREATE TABLE commitment_progress (
    id            BIGSERIAL PRIMARY KEY,
    commitment_id BIGINT         NOT NULL REFERENCES commitment (id),
    value         NUMERIC(18, 4),
    note          TEXT,
    evidence_key  VARCHAR(200),
    recorded_at   TIMESTAMPTZ    NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL
);
CREATE INDEX commitment_progress_idx ON commitment_progress (commitment_id, recorded_at);

-- 软弱涣散: the share per level and the indicator weights are data.
CREATE TABLE weak_org_quota (
    level VARCHAR(32)   PRIMARY KEY,
    share NUMERIC(5, 4) NOT NULL CHECK (share >= 0 AND share <= 1)
);
INSERT INTO weak_org_quota (level, share) VALUES ('VILLAGE', 0.10), ('COMMUNITY', 0.05), ('UNIT', 0.05);

CREATE TABLE weak_org_indicator_weight (
    code   VARCHAR(40)   PRIMARY KEY,
    weight NUMERIC(6, 3) NOT NULL CHECK (weight >= 0)
);
INSERT INTO weak_org_indicator_weight (code, weight) VALUES ('PROBLEMS', 0.4), ('FULFILMENT', 0.3), ('MANUAL_SCORE', 0.3);

CREATE TABLE weak_org_manual_score (
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    year            INT           NOT NULL,
    score           NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (organization_id, year)
);

CREATE TABLE weak_organization (
    id                  BIGSERIAL PRIMARY KEY,
    organization_id     BIGINT        NOT NULL REFERENCES organization (id),
    year                INT           NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    designation         VARCHAR(10)   NOT NULL,
    reason              TEXT,
    score               NUMERIC(6, 2),
    deadline            DATE          NOT NULL,
    first_secretary     VARCHAR(100),
    replace_secretary   BOOLEAN       NOT NULL DEFAULT FALSE,
    assessment_score    NUMERIC(5, 2),
    assessed_at         TIMESTAMPTZ,
    created_at          TIMESTAMPTZ   NOT NULL,
    CONSTRAINT weak_organization_uk UNIQUE (organization_id, year),
    CONSTRAINT weak_organization_status_ck CHECK (status IN ('CONSOLIDATING', 'TURNED_AROUND', 'CARRIED_OVER')),
    CONSTRAINT weak_organization_designation_ck CHECK (designation IN ('RANKING', 'MANUAL'))
);

CREATE TABLE weak_org_sponsor (
    id                   BIGSERIAL PRIMARY KEY,
    weak_organization_id BIGINT       NOT NULL REFERENCES weak_organization (id),
    name                 VARCHAR(100) NOT NULL,
    user_id              BIGINT REFERENCES app_user (id)
);

-- The consolidation plan is made of problems.
CREATE TABLE weak_org_plan_problem (
    weak_organization_id BIGINT NOT NULL REFERENCES weak_organization (id),
    problem_id           BIGINT NOT NULL REFERENCES problem (id),
    PRIMARY KEY (weak_organization_id, problem_id)
);

-- 三色预警: rules are data. fact names a computed fact of the subject; the rule fires when fact <operator> threshold.
CREATE TABLE warning_rule (
    id           BIGSERIAL PRIMARY KEY,
    code         VARCHAR(60)   NOT NULL UNIQUE,
    subject_type VARCHAR(20)   NOT NULL,
    fact         VARCHAR(40)   NOT NULL,
    operator     VARCHAR(2)    NOT NULL,
    threshold    NUMERIC(12, 2) NOT NULL,
    color        VARCHAR(10)   NOT NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT warning_rule_subject_ck CHECK (subject_type IN ('MEMBER', 'CADRE', 'ORGANIZATION', 'PROBLEM', 'COMMITMENT')),
    CONSTRAINT warning_rule_operator_ck CHECK (operator IN ('>', '>=', '=', '<', '<=')),
    CONSTRAINT warning_rule_color_ck CHECK (color IN ('BLUE', 'YELLOW', 'RED'))
);
INSERT INTO warning_rule (code, subject_type, fact, operator, threshold, color) VALUES
    ('problem-overdue-30', 'PROBLEM', 'OVERDUE_DAYS', '>', 30, 'YELLOW'),
    ('problem-overdue-60', 'PROBLEM', 'OVERDUE_DAYS', '>', 60, 'RED'),
    ('commitment-stalled', 'COMMITMENT', 'STALLED', '=', 1, 'BLUE'),
    ('weak-org-not-turned-around', 'ORGANIZATION', 'WEAK_DAYS_PAST_DEADLINE', '>', 0, 'RED');

-- The colour each subject currently has, as last recomputed; history keeps every change.
CREATE TABLE warning_state (
    subject_type    VARCHAR(20) NOT NULL,
    subject_id      BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    color           VARCHAR(10) NOT NULL,
    rule_code       VARCHAR(60) NOT NULL,
    since           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
);

CREATE TABLE warning_history (
    id              BIGSERIAL PRIMARY KEY,
    subject_type    VARCHAR(20) NOT NULL,
    subject_id      BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    from_color      VARCHAR(10),
    to_color        VARCHAR(10),
    rule_code       VARCHAR(60),
    reason          TEXT,
    actor           VARCHAR(64),
    at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX warning_history_subject_idx ON warning_history (subject_type, subject_id);

-- A manual override replaces the computed colour (color NULL = cleared) until removed.
CREATE TABLE warning_override (
    subject_type VARCHAR(20) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    color        VARCHAR(10),
    reason       TEXT        NOT NULL CHECK (length(trim(reason)) > 0),
    approver     VARCHAR(64) NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
);

-- Notifications are addressed to an organization; everyone whose scope covers it sees them.
CREATE TABLE notification (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    kind            VARCHAR(40)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    link            VARCHAR(300),
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX notification_org_idx ON notification (organization_id, created_at);

CREATE TABLE notification_read (
    notification_id BIGINT NOT NULL REFERENCES notification (id),
    user_id         BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (notification_id, user_id)
);

-- Who gets e-mail for an organization's notifications (and those of its subtree).
CREATE TABLE notification_subscription (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    email           VARCHAR(200) NOT NULL,
    CONSTRAINT notification_subscription_uk UNIQUE (organization_id, email)
);

-- One row per reminder ever sent: inserted with ON CONFLICT DO NOTHING, so a restart never sends one twice.
CREATE TABLE reminder_sent (
    subject_type VARCHAR(20) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    offset_days  INT         NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subject_type, subject_id, offset_days)
);
