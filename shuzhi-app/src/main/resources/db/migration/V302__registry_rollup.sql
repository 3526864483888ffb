-- Subtree rollups, so that a dashboard for any organization reads one row per year instead of summing the
-- tallies of every organization below it (200,000 at a province's root), and member tallies maintained from
-- the changed rows alone instead of recounting whole organizations.
--
--   member, village_cadre             the records (the truth)
--     │  statement triggers: the changed rows' contributions, +new −old, per organization and year
--     ▼
--   member_tally, cadre_tally         per organization (its own records only) and year
--     │  statement triggers: the changed tally rows, +new −old, added to every ancestor (itself included)
--     ▼
--   member_rollup, cadre_rollup       per organization (its whole subtree) and year: what the indicators read
--
-- Every step adds differences inside the writing transaction, so the tables are exactly right after every
-- statement: RegistryTallyTest compares all four with from-scratch recounts after random edits, imports and
-- subtree moves. registry_tally_rebuild() recomputes everything from the records (after changing tally_window).
-- Rows whose counts fall to zero are kept (a zero adds nothing to any sum).
--
-- Cost: every statement that changes members or cadres also updates its ancestors' rollup rows up to the
-- root, so two transactions changing members of the same province wait for each other's commit on the
-- root's rows (rows are always locked in (year, organization_id) order, so they queue rather than deadlock).

ALTER TABLE member_tally_window RENAME TO tally_window;

DROP TRIGGER member_tally_insert ON member;
DROP TRIGGER member_tally_update ON member;
DROP TRIGGER member_tally_delete ON member;
DROP FUNCTION member_tally_after_insert();
DROP FUNCTION member_tally_after_update();
DROP FUNCTION member_tally_after_delete();
DROP FUNCTION member_tally_recount(BIGINT[]);

-- '/1/5/9/' -> {1,5,9}: an organization's ancestors and itself, read from its materialised path.
CREATE FUNCTION organization_lineage(path TEXT) RETURNS BIGINT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_to_array(trim(BOTH '/' FROM path), '/')::BIGINT[]
$$;

-- The transition tables of a statement trigger, as one relation of signed rows: +1 for each new row, −1 for
-- each old one (an UPDATE is its old rows taken away and its new rows added). Only the trigger function itself
-- may read new_rows/old_rows, so the maintenance functions below return SQL text that the trigger EXECUTEs.
CREATE FUNCTION signed_changes(operation TEXT, columns TEXT DEFAULT 'r.*', joins TEXT DEFAULT '') RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE operation
        WHEN 'INSERT' THEN format('SELECT 1 AS sign, %s FROM new_rows r %s', columns, joins)
        WHEN 'DELETE' THEN format('SELECT -1 AS sign, %s FROM old_rows r %s', columns, joins)
        ELSE format('SELECT 1 AS sign, %1$s FROM new_rows r %2$s UNION ALL SELECT -1, %1$s FROM old_rows r %2$s', columns, joins)
    END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Members. A member counts in year Y when joined on or before 31 Dec Y and not left by then, that is for the
-- years from year(join_date) to year(left_on) − 1; the filters are IndicatorQueries.members'.

CREATE TABLE member_rollup (LIKE member_tally INCLUDING ALL);
ALTER TABLE member_rollup ADD FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE;
COMMENT ON TABLE member_rollup IS 'member_tally summed over each organization''s subtree (itself included)';

CREATE FUNCTION member_tally_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO member_tally AS t (year, organization_id, total, young, middle, old, female, probationary,
                                       high_school, college, mobile)
        SELECT * FROM (
            SELECT y.year, m.organization_id, sum(m.sign) AS total,
                   coalesce(sum(m.sign) FILTER (WHERE m.birth_date >= make_date(y.year - 35, 1, 1)), 0) AS young,
                   coalesce(sum(m.sign) FILTER (WHERE m.birth_date BETWEEN make_date(y.year - 54, 1, 1) AND make_date(y.year - 36, 12, 31)), 0) AS middle,
                   coalesce(sum(m.sign) FILTER (WHERE m.birth_date <= make_date(y.year - 55, 12, 31)), 0) AS old,
                   coalesce(sum(m.sign) FILTER (WHERE m.gender = 'FEMALE'), 0) AS female,
                   coalesce(sum(m.sign) FILTER (WHERE m.status = 'PROBATIONARY'), 0) AS probationary,
                   coalesce(sum(m.sign) FILTER (WHERE m.education <> 'JUNIOR_HIGH_OR_BELOW'), 0) AS high_school,
                   coalesce(sum(m.sign) FILTER (WHERE m.education IN ('POSTGRADUATE', 'BACHELOR', 'JUNIOR_COLLEGE')), 0) AS college,
                   coalesce(sum(m.sign) FILTER (WHERE m.mobile AND (m.mobile_since IS NULL OR m.mobile_since <= make_date(y.year, 12, 31))), 0) AS mobile
            FROM (%s) m
            CROSS JOIN tally_window w
            CROSS JOIN LATERAL generate_series(greatest(w.first_year, extract(YEAR FROM m.join_date)::INT),
                                               least(w.last_year, coalesce(extract(YEAR FROM m.left_on)::INT - 1, w.last_year))) AS y(year)
            GROUP BY y.year, m.organization_id
        ) d
        -- an UPDATE that changed nothing counted (a phone number, a name) cancels out and writes nothing
        WHERE (d.total, d.young, d.middle, d.old, d.female, d.probationary, d.high_school, d.college, d.mobile)
              <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY d.year, d.organization_id
        ON CONFLICT (year, organization_id) DO UPDATE SET
            total = t.total + excluded.total, young = t.young + excluded.young, middle = t.middle + excluded.middle,
            old = t.old + excluded.old, female = t.female + excluded.female,
            probationary = t.probationary + excluded.probationary, high_school = t.high_school + excluded.high_school,
            college = t.college + excluded.college, mobile = t.mobile + excluded.mobile
    $sql$, changes)
$f$;

-- changes: signed tally rows with the organization's path (sign, path, year, total, …).
CREATE FUNCTION member_rollup_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO member_rollup AS r (year, organization_id, total, young, middle, old, female, probationary,
                                        high_school, college, mobile)
        SELECT * FROM (
            SELECT c.year, a.id AS organization_id, sum(c.sign * c.total) AS total, sum(c.sign * c.young) AS young,
                   sum(c.sign * c.middle) AS middle, sum(c.sign * c.old) AS old, sum(c.sign * c.female) AS female,
                   sum(c.sign * c.probationary) AS probationary, sum(c.sign * c.high_school) AS high_school,
                   sum(c.sign * c.college) AS college, sum(c.sign * c.mobile) AS mobile
            FROM (%s) c CROSS JOIN LATERAL unnest(organization_lineage(c.path)) AS a(id)
            GROUP BY c.year, a.id
        ) d
        -- a member moved between two villages of one township changes nothing above the township
        WHERE (d.total, d.young, d.middle, d.old, d.female, d.probationary, d.high_school, d.college, d.mobile)
              <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY d.year, d.organization_id
        ON CONFLICT (year, organization_id) DO UPDATE SET
            total = r.total + excluded.total, young = r.young + excluded.young, middle = r.middle + excluded.middle,
            old = r.old + excluded.old, female = r.female + excluded.female,
            probationary = r.probationary + excluded.probationary, high_school = r.high_school + excluded.high_school,
            college = r.college + excluded.college, mobile = r.mobile + excluded.mobile
    $sql$, changes)
$f$;

CREATE FUNCTION member_tally_maintain() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE member_tally_sql(signed_changes(TG_OP));
    RETURN NULL;
END $$;

CREATE FUNCTION member_rollup_maintain() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE member_rollup_sql(signed_changes(TG_OP, 'o.path, r.*', 'JOIN organization o ON o.id = r.organization_id'));
    RETURN NULL;
END $$;

CREATE TRIGGER member_tally_insert AFTER INSERT ON member REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_tally_maintain();
CREATE TRIGGER member_tally_update AFTER UPDATE ON member REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_tally_maintain();
CREATE TRIGGER member_tally_delete AFTER DELETE ON member REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_tally_maintain();

CREATE TRIGGER member_rollup_insert AFTER INSERT ON member_tally REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_rollup_maintain();
CREATE TRIGGER member_rollup_update AFTER UPDATE ON member_tally REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_rollup_maintain();
CREATE TRIGGER member_rollup_delete AFTER DELETE ON member_tally REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_rollup_maintain();

CREATE OR REPLACE FUNCTION member_tally_after_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE member_tally, member_rollup;
    RETURN NULL;
END $$;

-- ---------------------------------------------------------------------------------------------------------
-- Village and community cadres ("两委"). A cadre counts in year Y when in office on 31 Dec Y: served_from on or
-- before it and served_to null or on or after it, that is for the years from year(served_from) to
-- year(served_to + 1 day) − 1. The filters are IndicatorQueries.cadres'. Whether an organization has a committee
-- (any cadre in office) and a woman on it is not a sum over cadres, so the per-organization tally keeps the
-- counts (serving, women) and the rollup counts the organizations where they are above zero.

CREATE TABLE cadre_tally (
    year            INT    NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    serving         INT    NOT NULL, -- cadres in office on 31 Dec
    women           INT    NOT NULL,
    principals      INT    NOT NULL,
    principal_pay   BIGINT NOT NULL, -- sum of annual pay, fen
    deputies        INT    NOT NULL,
    deputy_pay      BIGINT NOT NULL,
    secretaries     INT    NOT NULL, -- party secretaries
    both_posts      INT    NOT NULL, -- party secretaries who also head the villagers'/residents' committee
    PRIMARY KEY (year, organization_id)
);
CREATE INDEX cadre_tally_organization_idx ON cadre_tally (organization_id);

CREATE TABLE cadre_rollup (
    year                 INT    NOT NULL,
    organization_id      BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    principals           INT    NOT NULL,
    principal_pay        BIGINT NOT NULL,
    deputies             INT    NOT NULL,
    deputy_pay           BIGINT NOT NULL,
    secretaries          INT    NOT NULL,
    both_posts           INT    NOT NULL,
    committees           INT    NOT NULL, -- organizations with a cadre in office
    committees_with_woman INT   NOT NULL, -- … and a woman among them
    PRIMARY KEY (year, organization_id)
);
CREATE INDEX cadre_rollup_organization_idx ON cadre_rollup (organization_id);

CREATE FUNCTION cadre_tally_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO cadre_tally AS t (year, organization_id, serving, women, principals, principal_pay, deputies,
                                      deputy_pay, secretaries, both_posts)
        SELECT * FROM (
            SELECT y.year, c.organization_id, sum(c.sign) AS serving,
                   coalesce(sum(c.sign) FILTER (WHERE c.gender = 'FEMALE'), 0) AS women,
                   coalesce(sum(c.sign) FILTER (WHERE c.rank = 'PRINCIPAL'), 0) AS principals,
                   coalesce(sum(c.sign * c.annual_pay) FILTER (WHERE c.rank = 'PRINCIPAL'), 0) AS principal_pay,
                   coalesce(sum(c.sign) FILTER (WHERE c.rank = 'DEPUTY'), 0) AS deputies,
                   coalesce(sum(c.sign * c.annual_pay) FILTER (WHERE c.rank = 'DEPUTY'), 0) AS deputy_pay,
                   coalesce(sum(c.sign) FILTER (WHERE c.post = 'PARTY_SECRETARY'), 0) AS secretaries,
                   coalesce(sum(c.sign) FILTER (WHERE c.post = 'PARTY_SECRETARY' AND c.holds_both_posts), 0) AS both_posts
            FROM (%s) c
            CROSS JOIN tally_window w
            CROSS JOIN LATERAL generate_series(greatest(w.first_year, extract(YEAR FROM c.served_from)::INT),
                                               least(w.last_year, coalesce(extract(YEAR FROM c.served_to + 1)::INT - 1, w.last_year))) AS y(year)
            GROUP BY y.year, c.organization_id
        ) d
        WHERE (d.serving, d.women, d.principals, d.principal_pay, d.deputies, d.deputy_pay, d.secretaries, d.both_posts)
              <> (0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY d.year, d.organization_id
        ON CONFLICT (year, organization_id) DO UPDATE SET
            serving = t.serving + excluded.serving, women = t.women + excluded.women,
            principals = t.principals + excluded.principals, principal_pay = t.principal_pay + excluded.principal_pay,
            deputies = t.deputies + excluded.deputies, deputy_pay = t.deputy_pay + excluded.deputy_pay,
            secretaries = t.secretaries + excluded.secretaries, both_posts = t.both_posts + excluded.both_posts
    $sql$, changes)
$f$;

-- changes: signed cadre_tally rows with the organization's path (sign, path, year, serving, …).
CREATE FUNCTION cadre_rollup_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO cadre_rollup AS r (year, organization_id, principals, principal_pay, deputies, deputy_pay,
                                       secretaries, both_posts, committees, committees_with_woman)
        SELECT * FROM (
            SELECT c.year, a.id AS organization_id, sum(c.sign * c.principals) AS principals,
                   sum(c.sign * c.principal_pay) AS principal_pay, sum(c.sign * c.deputies) AS deputies,
                   sum(c.sign * c.deputy_pay) AS deputy_pay, sum(c.sign * c.secretaries) AS secretaries,
                   sum(c.sign * c.both_posts) AS both_posts,
                   sum(c.sign * (c.serving > 0)::INT) AS committees,
                   sum(c.sign * (c.women > 0)::INT) AS committees_with_woman
            FROM (%s) c CROSS JOIN LATERAL unnest(organization_lineage(c.path)) AS a(id)
            GROUP BY c.year, a.id
        ) d
        WHERE (d.principals, d.principal_pay, d.deputies, d.deputy_pay, d.secretaries, d.both_posts, d.committees,
               d.committees_with_woman) <> (0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY d.year, d.organization_id
        ON CONFLICT (year, organization_id) DO UPDATE SET
            principals = r.principals + excluded.principals, principal_pay = r.principal_pay + excluded.principal_pay,
            deputies = r.deputies + excluded.deputies, deputy_pay = r.deputy_pay + excluded.deputy_pay,
            secretaries = r.secretaries + excluded.secretaries, both_posts = r.both_posts + excluded.both_posts,
            committees = r.committees + excluded.committees,
            committees_with_woman = r.committees_with_woman + excluded.committees_with_woman
    $sql$, changes)
$f$;

CREATE FUNCTION cadre_tally_maintain() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE cadre_tally_sql(signed_changes(TG_OP));
    RETURN NULL;
END $$;

CREATE FUNCTION cadre_rollup_maintain() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE cadre_rollup_sql(signed_changes(TG_OP, 'o.path, r.*', 'JOIN organization o ON o.id = r.organization_id'));
    RETURN NULL;
END $$;

CREATE FUNCTION cadre_tally_after_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE cadre_tally, cadre_rollup;
    RETURN NULL;
END $$;

CREATE TRIGGER cadre_tally_insert AFTER INSERT ON village_cadre REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_tally_maintain();
CREATE TRIGGER cadre_tally_update AFTER UPDATE ON village_cadre REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_tally_maintain();
CREATE TRIGGER cadre_tally_delete AFTER DELETE ON village_cadre REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_tally_maintain();
CREATE TRIGGER cadre_tally_truncate AFTER TRUNCATE ON village_cadre
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_tally_after_truncate();

CREATE TRIGGER cadre_rollup_insert AFTER INSERT ON cadre_tally REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_rollup_maintain();
CREATE TRIGGER cadre_rollup_update AFTER UPDATE ON cadre_tally REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_rollup_maintain();
CREATE TRIGGER cadre_rollup_delete AFTER DELETE ON cadre_tally REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_rollup_maintain();

-- ---------------------------------------------------------------------------------------------------------
-- Moving a subtree (OrganizationRepository.move rewrites the paths of all its organizations in one statement)
-- takes each moved organization's own tallies away from its old ancestors and adds them to its new ones;
-- ancestors the old and new paths share net out to nothing.

CREATE FUNCTION registry_rollup_after_move() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    moved CONSTANT TEXT := '(SELECT o.id, -1 AS sign, o.path FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.path <> n.path'
        || ' UNION ALL SELECT n.id, 1, n.path FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.path <> n.path) s';
BEGIN
    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.path <> n.path) THEN
        EXECUTE member_rollup_sql('SELECT s.sign, s.path, t.* FROM ' || moved || ' JOIN member_tally t ON t.organization_id = s.id');
        EXECUTE cadre_rollup_sql('SELECT s.sign, s.path, t.* FROM ' || moved || ' JOIN cadre_tally t ON t.organization_id = s.id');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER organization_rollup_move AFTER UPDATE ON organization REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_after_move();

-- ---------------------------------------------------------------------------------------------------------
-- From scratch: every record counted once more through the same SQL the triggers use (one implementation).
-- Run after changing tally_window; the migration runs it once to fill the new tables from existing records.

CREATE FUNCTION registry_tally_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE member_tally, member_rollup, cadre_tally, cadre_rollup;
    -- one INSERT per tally table; its statement trigger then fills the rollup from all the new rows at once
    EXECUTE member_tally_sql('SELECT 1 AS sign, r.* FROM member r');
    EXECUTE cadre_tally_sql('SELECT 1 AS sign, r.* FROM village_cadre r');
END $$;

SELECT registry_tally_rebuild();
