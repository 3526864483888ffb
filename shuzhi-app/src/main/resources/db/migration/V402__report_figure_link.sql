-- A sentence offered from the work records and inserted into a duty report (ADR 400): which report version got it,
-- and which records its figures came from, so a figure in a report stays linked to its source.
-- report_id is not a foreign key: workrecord does not depend on campaign, and a link outlives nothing it points at.
CREATE TABLE report_figure_link (
    id          BIGSERIAL PRIMARY KEY,
    report_id   BIGINT       NOT NULL,
    version     INT          NOT NULL,
    sentence    TEXT         NOT NULL,
    record_type VARCHAR(32)  NOT NULL,
    record_id   BIGINT       NOT NULL,
    linked_at   TIMESTAMPTZ  NOT NULL,
    linked_by   VARCHAR(100) NOT NULL
);
CREATE INDEX report_figure_link_report_idx ON report_figure_link (report_id, version);
