-- Leaders' work records (workrecord feature). Each record is entered once; the activity summary, the report
-- sentences, the commitment counters and the claim check are all computed from these rows, never typed again.
-- The leader is a user when possible (leader_user_id) and always has a display name, so org-department staff
-- can record a leader who has no account.

CREATE TABLE field_visit (
    id             BIGSERIAL PRIMARY KEY,
    leader_user_id BIGINT REFERENCES app_user (id),
    leader_name    VARCHAR(100) NOT NULL,
    visit_date     DATE         NOT NULL,
    end_date       DATE         NOT NULL,
    purpose        VARCHAR(32)  NOT NULL,
    notes          TEXT,
    findings       TEXT,
    created_by     BIGINT       NOT NULL REFERENCES app_user (id),
    created_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT field_visit_purpose_ck CHECK (purpose IN ('RESEARCH', 'SUPERVISION', 'REVISIT', 'CONTACT_POINT')),
    CONSTRAINT field_visit_dates_ck CHECK (end_date >= visit_date)
);
CREATE INDEX field_visit_leader_idx ON field_visit (leader_user_id, visit_date);
CREATE INDEX field_visit_date_idx ON field_visit (visit_date);

-- One visit often covers several villages in a day: the places are a set, not a column.
CREATE TABLE field_visit_organization (
    field_visit_id  BIGINT NOT NULL REFERENCES field_visit (id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    PRIMARY KEY (field_visit_id, organization_id)
);
CREATE INDEX field_visit_organization_org_idx ON field_visit_organization (organization_id);

CREATE TABLE meeting (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    kind            VARCHAR(32)  NOT NULL,
    meeting_date    DATE         NOT NULL,
    chair_user_id   BIGINT REFERENCES app_user (id),
    topics          TEXT         NOT NULL,
    decisions       TEXT,
    created_by      BIGINT       NOT NULL REFERENCES app_user (id),
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT meeting_kind_ck CHECK (kind IN ('STANDING_COMMITTEE', 'LEADING_GROUP', 'WORK_REPORT', 'OTHER'))
);
CREATE INDEX meeting_org_date_idx ON meeting (organization_id, meeting_date);

CREATE TABLE contact_point (
    id              BIGSERIAL PRIMARY KEY,
    leader_user_id  BIGINT      NOT NULL REFERENCES app_user (id),
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    kind            VARCHAR(32) NOT NULL,
    since           DATE        NOT NULL,
    until           DATE,
    note            TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT contact_point_kind_ck CHECK (kind IN ('CONTACT_POINT', 'SPONSOR')),
    CONSTRAINT contact_point_dates_ck CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX contact_point_active_uk ON contact_point (leader_user_id, organization_id) WHERE until IS NULL;

CREATE TABLE key_challenge (
    id              BIGSERIAL PRIMARY KEY,
    leader_user_id  BIGINT       NOT NULL REFERENCES app_user (id),
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    year            INT          NOT NULL,
    title           VARCHAR(300) NOT NULL,
    stage           VARCHAR(16)  NOT NULL,
    analysis        TEXT,
    outcome         TEXT,
    evidence        TEXT,
    selected_on     DATE         NOT NULL,
    analysed_on     DATE,
    solved_on       DATE,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT key_challenge_stage_ck CHECK (stage IN ('SELECTED', 'ANALYSED', 'SOLVED'))
);
CREATE INDEX key_challenge_leader_idx ON key_challenge (leader_user_id, year);

-- How many talks of each kind a leader owes per year: local rules differ, so it is data an admin edits.
CREATE TABLE talk_requirement (
    kind              VARCHAR(32) PRIMARY KEY,
    required_per_year INT NOT NULL,
    CONSTRAINT talk_requirement_kind_ck CHECK (kind IN ('SUBORDINATE_SECRETARY', 'TEAM_MEMBER', 'NEW_APPOINTEE', 'EARLY_WARNING', 'OTHER')),
    CONSTRAINT talk_requirement_count_ck CHECK (required_per_year >= 0)
);
INSERT INTO talk_requirement (kind, required_per_year) VALUES
    ('SUBORDINATE_SECRETARY', 1), ('TEAM_MEMBER', 1), ('NEW_APPOINTEE', 0), ('EARLY_WARNING', 0), ('OTHER', 0);

CREATE TABLE heart_to_heart_talk (
    id                BIGSERIAL PRIMARY KEY,
    leader_user_id    BIGINT       NOT NULL REFERENCES app_user (id),
    organization_id   BIGINT       NOT NULL REFERENCES organization (id),
    counterpart_name  VARCHAR(100) NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    talk_date         DATE         NOT NULL,
    note              TEXT,
    created_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT heart_to_heart_talk_kind_ck CHECK (kind IN ('SUBORDINATE_SECRETARY', 'TEAM_MEMBER', 'NEW_APPOINTEE', 'EARLY_WARNING', 'OTHER'))
);
CREATE INDEX heart_to_heart_talk_leader_idx ON heart_to_heart_talk (leader_user_id, talk_date);

CREATE TABLE training (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    title           VARCHAR(300) NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT training_dates_ck CHECK (end_date >= start_date)
);

CREATE TABLE training_participant (
    training_id BIGINT      NOT NULL REFERENCES training (id) ON DELETE CASCADE,
    role        VARCHAR(32) NOT NULL,
    headcount   INT         NOT NULL,
    PRIMARY KEY (training_id, role),
    CONSTRAINT training_participant_role_ck CHECK (role IN ('VILLAGE_PRINCIPAL', 'VILLAGE_DEPUTY', 'FIRST_SECRETARY', 'COMMUNITY_CADRE', 'BRANCH_SECRETARY', 'MEMBER')),
    CONSTRAINT training_participant_count_ck CHECK (headcount > 0)
);

-- The people who should be trained, per role, entered for an organization (usually a township or county) until the
-- registry feature can count them.
CREATE TABLE training_population (
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    role            VARCHAR(32) NOT NULL,
    headcount       INT         NOT NULL,
    PRIMARY KEY (organization_id, role),
    CONSTRAINT training_population_role_ck CHECK (role IN ('VILLAGE_PRINCIPAL', 'VILLAGE_DEPUTY', 'FIRST_SECRETARY', 'COMMUNITY_CADRE', 'BRANCH_SECRETARY', 'MEMBER')),
    CONSTRAINT training_population_count_ck CHECK (headcount >= 0)
);

-- 代办 services are counted, not listed: one number per village/community and month.
CREATE TABLE proxy_service_count (
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    month           DATE        NOT NULL,
    service_count   INT         NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, month),
    CONSTRAINT proxy_service_count_month_ck CHECK (EXTRACT(DAY FROM month) = 1),
    CONSTRAINT proxy_service_count_count_ck CHECK (service_count >= 0)
);

-- A commitment whose progress follows a counter. No foreign key to commitment yet: that table belongs to the
-- follow-up feature, which lands separately (add the constraint in a later migration once both are on main).
CREATE TABLE commitment_counter_link (
    commitment_id   BIGINT PRIMARY KEY,
    counter         VARCHAR(48) NOT NULL,
    leader_user_id  BIGINT REFERENCES app_user (id),
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    linked_at       TIMESTAMPTZ NOT NULL,
    last_value      NUMERIC,
    computed_at     TIMESTAMPTZ
);
CREATE INDEX commitment_counter_link_leader_idx ON commitment_counter_link (leader_user_id);
