-- The analysis of each saved version of a duty report: the text its offsets point into, the per-report object of
-- the analysis contract (as jsonb for queries, and verbatim so the API returns exactly what the analyser wrote),
-- and the counts the campaign overview sorts by.
CREATE TABLE report_analysis (
    report_id                   BIGINT      NOT NULL REFERENCES duty_report (id),
    version                     INT         NOT NULL,
    text                        TEXT        NOT NULL,
    analysis                    JSONB       NOT NULL,
    analysis_json               TEXT        NOT NULL,
    quantity_count              INT         NOT NULL,
    commitment_count            INT         NOT NULL,
    quantified_commitment_count INT         NOT NULL,
    dated_commitment_count      INT         NOT NULL,
    finding_count               INT         NOT NULL,
    boilerplate_chars           INT         NOT NULL,
    text_chars                  INT         NOT NULL,
    analysed_at                 TIMESTAMPTZ NOT NULL,
    CONSTRAINT report_analysis_pk PRIMARY KEY (report_id, version)
);

-- An uploaded compilation (汇编) of several reports, split and matched, waiting for confirmation.
CREATE TABLE compilation (
    id           BIGSERIAL PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL REFERENCES campaign (id),
    file_name    VARCHAR(255) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    confirmed_at TIMESTAMPTZ,
    CONSTRAINT compilation_status_ck CHECK (status IN ('PENDING', 'CONFIRMED'))
);
CREATE INDEX compilation_campaign_idx ON compilation (campaign_id);

-- One report found in a compilation: its text, who the byline names, and the organization it was matched to.
CREATE TABLE compilation_report (
    compilation_id  BIGINT        NOT NULL REFERENCES compilation (id),
    index           INT           NOT NULL,
    title           TEXT,
    reporter_name   TEXT          NOT NULL,
    text            TEXT          NOT NULL,
    organization_id BIGINT REFERENCES organization (id),
    confidence      NUMERIC(3, 2) NOT NULL,
    report_id       BIGINT REFERENCES duty_report (id),
    CONSTRAINT compilation_report_pk PRIMARY KEY (compilation_id, index)
);
