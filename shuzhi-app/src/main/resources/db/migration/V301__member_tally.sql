-- Per-organization, per-year member counts behind the member indicators (docs/indicators.md), kept exactly
-- right by statement-level triggers on member: every INSERT, UPDATE, DELETE (the import's merge, the generator's
-- COPY, a test's fixture) recounts the organizations whose members it touched, from the member table itself, in
-- the same transaction. The recount uses the same predicates as the live SQL (IndicatorQueries), per year.
-- Only the years of member_tally_window are kept; a year outside it is computed live.

CREATE TABLE member_tally_window (
    only_row   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    first_year INT NOT NULL,
    last_year  INT NOT NULL CHECK (last_year >= first_year)
);
INSERT INTO member_tally_window (first_year, last_year) VALUES (2015, 2030);

CREATE TABLE member_tally (
    year            INT    NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    total           INT    NOT NULL,
    young           INT    NOT NULL, -- aged 35 or under on 31 Dec of year
    middle          INT    NOT NULL, -- 36–54
    old             INT    NOT NULL, -- 55 or over
    female          INT    NOT NULL,
    probationary    INT    NOT NULL,
    high_school     INT    NOT NULL, -- high school or above
    college         INT    NOT NULL, -- junior college or above
    mobile          INT    NOT NULL,
    PRIMARY KEY (year, organization_id)
);
CREATE INDEX member_tally_organization_idx ON member_tally (organization_id);

-- Recounts the tallies of the given organizations from scratch (an organization left with no counted member
-- keeps no row).
CREATE FUNCTION member_tally_recount(ids BIGINT[]) RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM member_tally t USING unnest(ids) AS a(id) WHERE t.organization_id = a.id;
    INSERT INTO member_tally (year, organization_id, total, young, middle, old, female, probationary, high_school, college, mobile)
    SELECT y.year, m.organization_id, count(*),
           count(*) FILTER (WHERE m.birth_date >= make_date(y.year - 35, 1, 1)),
           count(*) FILTER (WHERE m.birth_date BETWEEN make_date(y.year - 54, 1, 1) AND make_date(y.year - 36, 12, 31)),
           count(*) FILTER (WHERE m.birth_date <= make_date(y.year - 55, 12, 31)),
           count(*) FILTER (WHERE m.gender = 'FEMALE'),
           count(*) FILTER (WHERE m.status = 'PROBATIONARY'),
           count(*) FILTER (WHERE m.education <> 'JUNIOR_HIGH_OR_BELOW'),
           count(*) FILTER (WHERE m.education IN ('POSTGRADUATE', 'BACHELOR', 'JUNIOR_COLLEGE')),
           count(*) FILTER (WHERE m.mobile AND (m.mobile_since IS NULL OR m.mobile_since <= make_date(y.year, 12, 31)))
    FROM (SELECT DISTINCT id FROM unnest(ids) AS a(id)) a
    JOIN member m ON m.organization_id = a.id
    CROSS JOIN member_tally_window w
    CROSS JOIN LATERAL generate_series(greatest(w.first_year, extract(YEAR FROM m.join_date)::INT),
                                       least(w.last_year, coalesce(extract(YEAR FROM m.left_on)::INT - 1, w.last_year))) AS y(year)
    GROUP BY y.year, m.organization_id;
$$;

-- join_date <= 31 Dec Y  <=>  year(join_date) <= Y;  left_on > 31 Dec Y  <=>  year(left_on) > Y.

CREATE FUNCTION member_tally_after_insert() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM member_tally_recount(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
    RETURN NULL;
END $$;

CREATE FUNCTION member_tally_after_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM member_tally_recount(ARRAY(
        SELECT organization_id FROM new_rows UNION SELECT organization_id FROM old_rows));
    RETURN NULL;
END $$;

CREATE FUNCTION member_tally_after_delete() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM member_tally_recount(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
    RETURN NULL;
END $$;

CREATE FUNCTION member_tally_after_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM member_tally;
    RETURN NULL;
END $$;

CREATE TRIGGER member_tally_insert AFTER INSERT ON member REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_tally_after_insert();
CREATE TRIGGER member_tally_update AFTER UPDATE ON member REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_tally_after_update();
CREATE TRIGGER member_tally_delete AFTER DELETE ON member REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_tally_after_delete();
CREATE TRIGGER member_tally_truncate AFTER TRUNCATE ON member
    FOR EACH STATEMENT EXECUTE FUNCTION member_tally_after_truncate();
