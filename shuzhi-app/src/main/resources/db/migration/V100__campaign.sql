-- One annual round of 述职评议考核, run by a host organization for the secretaries of chosen child organizations.
CREATE TABLE campaign (
    id                   BIGSERIAL PRIMARY KEY,
    host_organization_id BIGINT       NOT NULL REFERENCES organization (id),
    year                 INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    report_deadline      DATE,
    meeting_date         DATE,
    scheme_version       INT          NOT NULL,
    editor_note          TEXT,
    published_at         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT campaign_year_ck CHECK (year BETWEEN 2000 AND 2100)
);
CREATE INDEX campaign_host_idx ON campaign (host_organization_id, year);

-- Every version of the evaluation scheme is kept: a result names the version it was computed with.
CREATE TABLE campaign_scheme (
    campaign_id BIGINT      NOT NULL REFERENCES campaign (id),
    version     INT         NOT NULL,
    scheme      JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT campaign_scheme_pk PRIMARY KEY (campaign_id, version)
);

CREATE TABLE duty_report (
    id              BIGSERIAL PRIMARY KEY,
    campaign_id     BIGINT      NOT NULL REFERENCES campaign (id),
    organization_id BIGINT      NOT NULL REFERENCES organization (id),
    position        INT         NOT NULL,
    status          VARCHAR(16) NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    sections        JSONB       NOT NULL DEFAULT '{}',
    return_comment  TEXT,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT duty_report_uk UNIQUE (campaign_id, organization_id),
    CONSTRAINT duty_report_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED'))
);
CREATE INDEX duty_report_org_idx ON duty_report (organization_id);

-- Each saved version of a report, so any two can be compared section by section.
CREATE TABLE duty_report_version (
    report_id BIGINT       NOT NULL REFERENCES duty_report (id),
    version   INT          NOT NULL,
    sections  JSONB        NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    saved_at  TIMESTAMPTZ  NOT NULL,
    saved_by  VARCHAR(100) NOT NULL,
    CONSTRAINT duty_report_version_pk PRIMARY KEY (report_id, version)
);

-- Transitions with their comments (a return always carries one).
CREATE TABLE duty_report_event (
    id        BIGSERIAL PRIMARY KEY,
    report_id BIGINT       NOT NULL REFERENCES duty_report (id),
    action    VARCHAR(16)  NOT NULL,
    comment   TEXT,
    at        TIMESTAMPTZ  NOT NULL,
    actor     VARCHAR(100) NOT NULL,
    CONSTRAINT duty_report_event_action_ck CHECK (action IN ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED', 'REMINDED'))
);
CREATE INDEX duty_report_event_report_idx ON duty_report_event (report_id, at);

-- 日常考核: the score gathered during the year, 0–100.
CREATE TABLE routine_assessment (
    report_id  BIGINT       PRIMARY KEY REFERENCES duty_report (id),
    score      NUMERIC(7, 4) NOT NULL,
    entered_at TIMESTAMPTZ  NOT NULL,
    entered_by VARCHAR(100) NOT NULL,
    CONSTRAINT routine_assessment_score_ck CHECK (score BETWEEN 0 AND 100)
);

-- 点评: the host secretary's points on a report; points marked "rectify" become tracked problems downstream.
CREATE TABLE critique (
    report_id   BIGINT       PRIMARY KEY REFERENCES duty_report (id),
    points      JSONB        NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    recorded_by VARCHAR(100) NOT NULL
);
