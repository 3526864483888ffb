-- Subtree rollups: the indicators of an organization's whole subtree, per year, kept in one row, so that a
-- province's dashboard reads one row per table and year instead of aggregating millions of records.
--
--   member, village_cadre, funding, service_center, enterprise      the records (the truth)
--     │  statement triggers: the changed rows' contributions, +new −old
--     ▼
--   member_rollup, cadre_rollup, village_rollup (V303), enterprise_rollup (V303)
--        per organization of the upper tree (depth ≤ rollup_scope.max_depth) and year of the window
--
-- Each contribution is added to every ancestor of the record's organization that lies in the upper tree
-- (itself included), inside the writing transaction, so the rollups are exactly right after every statement.
-- Deeper subtrees (a village, a branch) are small and counted live, as are years outside the window; the live
-- queries (LiveCounts) are the definitions, and RegistryRollupTest compares the two after random edits, imports,
-- subtree moves, level changes and rebuilds. Rows whose figures fall to zero are kept (zero adds nothing).
--
-- Why only the upper tree: an import of a million members spread over a province touches nearly every
-- village; rollups for all 200,000 organizations would rewrite ~3 million rows per such import (a minute of
-- writes), while the ~1,600 organizations down to the townships hold ~26,000 rows.
--
-- Concurrency: every statement that changes records also updates its ancestors' rows up to the root, so writers
-- of records must wait for each other's commit anyway. They queue on one transaction-level advisory lock taken
-- BEFORE each such statement touches a record (registry_rollup_lock): waiting on rollup rows after taking row
-- locks on records, in statement order, made concurrent multi-statement transactions deadlock
-- (RegistryRollupTest.concurrentTransactionsNeitherDeadlockNorLoseCounts).

-- V301's per-organization member tallies, recounted per organization touched, are replaced by the above.
DROP TRIGGER member_tally_insert ON member;
DROP TRIGGER member_tally_update ON member;
DROP TRIGGER member_tally_delete ON member;
DROP TRIGGER member_tally_truncate ON member;
DROP FUNCTION member_tally_after_insert();
DROP FUNCTION member_tally_after_update();
DROP FUNCTION member_tally_after_delete();
DROP FUNCTION member_tally_after_truncate();
DROP FUNCTION member_tally_recount(BIGINT[]);
DROP TABLE member_tally;

-- Which organizations and years have rollups. Changing it requires SELECT registry_rollup_rebuild().
ALTER TABLE member_tally_window RENAME TO rollup_scope;
ALTER TABLE rollup_scope ADD COLUMN max_depth INT NOT NULL DEFAULT 3 CHECK (max_depth >= 0);
COMMENT ON TABLE rollup_scope IS 'rollups exist for years first_year..last_year and organizations of depth <= max_depth (root = 0)';

-- '/1/5/9/' -> {1,5,9}: an organization's ancestors and itself, from its materialised path, cut to the
-- organizations of depth <= max_depth.
CREATE FUNCTION organization_lineage(path TEXT, max_depth INT) RETURNS BIGINT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (string_to_array(trim(BOTH '/' FROM path), '/')::BIGINT[])[1:max_depth + 1]
$$;

-- The transition tables of a statement trigger as one relation of signed rows: +1 for each new row, −1 for
-- each old one (an UPDATE is its old rows taken away and its new rows added). Only the trigger function itself
-- may read new_rows/old_rows, so the maintenance functions below return SQL text that the trigger EXECUTEs.
CREATE FUNCTION signed_changes(operation TEXT, columns TEXT, joins TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE operation
        WHEN 'INSERT' THEN format('SELECT 1 AS sign, %s FROM new_rows r %s', columns, joins)
        WHEN 'DELETE' THEN format('SELECT -1 AS sign, %s FROM old_rows r %s', columns, joins)
        ELSE format('SELECT 1 AS sign, %1$s FROM new_rows r %2$s UNION ALL SELECT -1, %1$s FROM old_rows r %2$s', columns, joins)
    END
$$;

-- The maintenance functions run with jit = off: the planner cannot know a transition table's size and estimates
-- it large, so on a server built with LLVM every statement's rollup query was JIT-compiled, ~0.5 s each for what
-- takes milliseconds (seen on Debian's PostgreSQL 15; the embedded binaries have no JIT).

-- Writers of records queue here, before their statement locks any record row; held until commit.
CREATE FUNCTION registry_rollup_lock() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('shuzhi.registry_rollup', 0));
    RETURN NULL;
END $$;

-- ---------------------------------------------------------------------------------------------------------
-- Members. A member counts in year Y when joined on or before 31 Dec Y and not left by then, that is for the
-- years from year(join_date) to year(left_on) − 1; the other predicates are LiveCounts.members'. Years are
-- compared as integers from date_part (a double; extract() returns numeric, several times slower here).

CREATE TABLE member_rollup (
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    year            INT    NOT NULL,
    total           INT    NOT NULL,
    young           INT    NOT NULL, -- aged 35 or under on 31 Dec of year
    middle          INT    NOT NULL, -- 36–54
    old             INT    NOT NULL, -- 55 or over
    female          INT    NOT NULL,
    probationary    INT    NOT NULL,
    high_school     INT    NOT NULL, -- high school or above
    college         INT    NOT NULL, -- junior college or above
    mobile          INT    NOT NULL,
    PRIMARY KEY (organization_id, year)
) WITH (fillfactor = 70); -- room for in-place (HOT) updates: every change rewrites its rows

-- changes: signed member rows with the path of the organization they count for (sign, path, member columns).
-- Two steps keep the work proportional: the members are first summed per upper-tree lineage and year (~25,000
-- groups for a province), and only those sums are spread over the lineage's organizations.
CREATE FUNCTION member_rollup_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO member_rollup AS r (organization_id, year, total, young, middle, old, female, probationary,
                                        high_school, college, mobile)
        SELECT * FROM (
            SELECT a.id, t.year, sum(t.total) AS total, sum(t.young) AS young, sum(t.middle) AS middle,
                   sum(t.old) AS old, sum(t.female) AS female, sum(t.probationary) AS probationary,
                   sum(t.high_school) AS high_school, sum(t.college) AS college, sum(t.mobile) AS mobile
            FROM (
                SELECT m.lineage, y.year, sum(m.sign) AS total,
                       coalesce(sum(m.sign) FILTER (WHERE m.born >= y.year - 35), 0) AS young,
                       coalesce(sum(m.sign) FILTER (WHERE m.born BETWEEN y.year - 54 AND y.year - 36), 0) AS middle,
                       coalesce(sum(m.sign) FILTER (WHERE m.born <= y.year - 55), 0) AS old,
                       sum(m.female) AS female, sum(m.probationary) AS probationary,
                       sum(m.high_school) AS high_school, sum(m.college) AS college,
                       coalesce(sum(m.sign) FILTER (WHERE m.mobile_from <= y.year), 0) AS mobile
                FROM (
                    SELECT c.sign, organization_lineage(c.path, s.max_depth) AS lineage,
                           date_part('year', c.birth_date)::INT AS born,
                           greatest(s.first_year, date_part('year', c.join_date)::INT) AS first_year,
                           least(s.last_year, coalesce(date_part('year', c.left_on)::INT - 1, s.last_year)) AS last_year,
                           CASE WHEN c.gender = 'FEMALE' THEN c.sign ELSE 0 END AS female,
                           CASE WHEN c.status = 'PROBATIONARY' THEN c.sign ELSE 0 END AS probationary,
                           CASE WHEN c.education <> 'JUNIOR_HIGH_OR_BELOW' THEN c.sign ELSE 0 END AS high_school,
                           CASE WHEN c.education IN ('POSTGRADUATE', 'BACHELOR', 'JUNIOR_COLLEGE') THEN c.sign ELSE 0 END AS college,
                           -- mobile in year Y: marked mobile, since a day on or before 31 Dec Y (or undated)
                           CASE WHEN c.mobile THEN coalesce(date_part('year', c.mobile_since)::INT, 0) END AS mobile_from
                    FROM (%s) c CROSS JOIN rollup_scope s
                ) m
                CROSS JOIN LATERAL generate_series(m.first_year, m.last_year) AS y(year)
                GROUP BY m.lineage, y.year
            ) t
            CROSS JOIN LATERAL unnest(t.lineage) AS a(id)
            GROUP BY a.id, t.year
        ) d (organization_id, year, total, young, middle, old, female, probationary, high_school, college, mobile)
        -- an UPDATE that changed nothing counted (a phone number, a name) cancels out, and so does a member
        -- moved between two villages of one township for everything above the township: nothing is written
        WHERE (d.total, d.young, d.middle, d.old, d.female, d.probationary, d.high_school, d.college, d.mobile)
              <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY d.organization_id, d.year
        ON CONFLICT (organization_id, year) DO UPDATE SET
            total = r.total + excluded.total, young = r.young + excluded.young, middle = r.middle + excluded.middle,
            old = r.old + excluded.old, female = r.female + excluded.female,
            probationary = r.probationary + excluded.probationary, high_school = r.high_school + excluded.high_school,
            college = r.college + excluded.college, mobile = r.mobile + excluded.mobile
    $sql$, changes)
$f$;

CREATE FUNCTION member_rollup_maintain() RETURNS TRIGGER LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    EXECUTE member_rollup_sql(signed_changes(TG_OP, 'o.path, r.*', 'JOIN organization o ON o.id = r.organization_id'));
    RETURN NULL;
END $$;

CREATE TRIGGER member_rollup_lock BEFORE INSERT OR UPDATE OR DELETE ON member
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_lock();
CREATE TRIGGER member_rollup_insert AFTER INSERT ON member REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_rollup_maintain();
CREATE TRIGGER member_rollup_update AFTER UPDATE ON member REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_rollup_maintain();
CREATE TRIGGER member_rollup_delete AFTER DELETE ON member REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION member_rollup_maintain();

-- ---------------------------------------------------------------------------------------------------------
-- Village and community cadres ("两委"). A cadre counts in year Y when in office on 31 Dec Y: served_from on or
-- before it and served_to null or on or after it, that is for the years from year(served_from) to
-- year(served_to + 1 day) − 1. Whether an organization has a committee (any cadre in office) and a woman on it
-- is not a sum over cadres, so a per-organization tally (every organization; cadres are few) keeps the counts
-- (serving, women) and the rollup counts the organizations where they are above zero.

CREATE TABLE cadre_tally (
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    year            INT    NOT NULL,
    serving         INT    NOT NULL, -- cadres in office on 31 Dec
    women           INT    NOT NULL,
    principals      INT    NOT NULL,
    principal_pay   BIGINT NOT NULL, -- sum of annual pay, fen
    deputies        INT    NOT NULL,
    deputy_pay      BIGINT NOT NULL,
    secretaries     INT    NOT NULL, -- party secretaries
    both_posts      INT    NOT NULL, -- party secretaries who also head the villagers'/residents' committee
    PRIMARY KEY (organization_id, year)
);

CREATE TABLE cadre_rollup (
    organization_id       BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    year                  INT    NOT NULL,
    principals            INT    NOT NULL,
    principal_pay         BIGINT NOT NULL,
    deputies              INT    NOT NULL,
    deputy_pay            BIGINT NOT NULL,
    secretaries           INT    NOT NULL,
    both_posts            INT    NOT NULL,
    committees            INT    NOT NULL, -- organizations with a cadre in office
    committees_with_woman INT    NOT NULL, -- … and a woman among them
    PRIMARY KEY (organization_id, year)
) WITH (fillfactor = 70);

-- changes: signed village_cadre rows (sign, village_cadre columns).
CREATE FUNCTION cadre_tally_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO cadre_tally AS t (organization_id, year, serving, women, principals, principal_pay, deputies,
                                      deputy_pay, secretaries, both_posts)
        SELECT * FROM (
            SELECT c.organization_id, y.year, sum(c.sign) AS serving,
                   coalesce(sum(c.sign) FILTER (WHERE c.gender = 'FEMALE'), 0) AS women,
                   coalesce(sum(c.sign) FILTER (WHERE c.rank = 'PRINCIPAL'), 0) AS principals,
                   coalesce(sum(c.sign * c.annual_pay) FILTER (WHERE c.rank = 'PRINCIPAL'), 0) AS principal_pay,
                   coalesce(sum(c.sign) FILTER (WHERE c.rank = 'DEPUTY'), 0) AS deputies,
                   coalesce(sum(c.sign * c.annual_pay) FILTER (WHERE c.rank = 'DEPUTY'), 0) AS deputy_pay,
                   coalesce(sum(c.sign) FILTER (WHERE c.post = 'PARTY_SECRETARY'), 0) AS secretaries,
                   coalesce(sum(c.sign) FILTER (WHERE c.post = 'PARTY_SECRETARY' AND c.holds_both_posts), 0) AS both_posts
            FROM (%s) c
            CROSS JOIN rollup_scope s
            CROSS JOIN LATERAL generate_series(greatest(s.first_year, date_part('year', c.served_from)::INT),
                                               least(s.last_year, coalesce(date_part('year', c.served_to + 1)::INT - 1, s.last_year))) AS y(year)
            GROUP BY c.organization_id, y.year
        ) d
        WHERE (d.serving, d.women, d.principals, d.principal_pay, d.deputies, d.deputy_pay, d.secretaries, d.both_posts)
              <> (0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY d.organization_id, d.year
        ON CONFLICT (organization_id, year) DO UPDATE SET
            serving = t.serving + excluded.serving, women = t.women + excluded.women,
            principals = t.principals + excluded.principals, principal_pay = t.principal_pay + excluded.principal_pay,
            deputies = t.deputies + excluded.deputies, deputy_pay = t.deputy_pay + excluded.deputy_pay,
            secretaries = t.secretaries + excluded.secretaries, both_posts = t.both_posts + excluded.both_posts
    $sql$, changes)
$f$;

-- changes: signed cadre_tally rows with their organization's path (sign, path, cadre_tally columns).
CREATE FUNCTION cadre_rollup_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO cadre_rollup AS r (organization_id, year, principals, principal_pay, deputies, deputy_pay,
                                       secretaries, both_posts, committees, committees_with_woman)
        SELECT * FROM (
            SELECT a.id AS organization_id, c.year, sum(c.sign * c.principals) AS principals,
                   sum(c.sign * c.principal_pay) AS principal_pay, sum(c.sign * c.deputies) AS deputies,
                   sum(c.sign * c.deputy_pay) AS deputy_pay, sum(c.sign * c.secretaries) AS secretaries,
                   sum(c.sign * c.both_posts) AS both_posts,
                   sum(c.sign * (c.serving > 0)::INT) AS committees,
                   sum(c.sign * (c.women > 0)::INT) AS committees_with_woman
            FROM (%s) c CROSS JOIN rollup_scope s
            CROSS JOIN LATERAL unnest(organization_lineage(c.path, s.max_depth)) AS a(id)
            GROUP BY a.id, c.year
        ) d
        WHERE (d.principals, d.principal_pay, d.deputies, d.deputy_pay, d.secretaries, d.both_posts, d.committees,
               d.committees_with_woman) <> (0, 0, 0, 0, 0, 0, 0, 0)
        ORDER BY d.organization_id, d.year
        ON CONFLICT (organization_id, year) DO UPDATE SET
            principals = r.principals + excluded.principals, principal_pay = r.principal_pay + excluded.principal_pay,
            deputies = r.deputies + excluded.deputies, deputy_pay = r.deputy_pay + excluded.deputy_pay,
            secretaries = r.secretaries + excluded.secretaries, both_posts = r.both_posts + excluded.both_posts,
            committees = r.committees + excluded.committees,
            committees_with_woman = r.committees_with_woman + excluded.committees_with_woman
    $sql$, changes)
$f$;

CREATE FUNCTION cadre_tally_maintain() RETURNS TRIGGER LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    EXECUTE cadre_tally_sql(signed_changes(TG_OP, 'r.*', ''));
    RETURN NULL;
END $$;

CREATE FUNCTION cadre_rollup_maintain() RETURNS TRIGGER LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    EXECUTE cadre_rollup_sql(signed_changes(TG_OP, 'o.path, r.*', 'JOIN organization o ON o.id = r.organization_id'));
    RETURN NULL;
END $$;

CREATE TRIGGER cadre_rollup_lock BEFORE INSERT OR UPDATE OR DELETE ON village_cadre
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_lock();
CREATE TRIGGER cadre_tally_insert AFTER INSERT ON village_cadre REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_tally_maintain();
CREATE TRIGGER cadre_tally_update AFTER UPDATE ON village_cadre REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_tally_maintain();
CREATE TRIGGER cadre_tally_delete AFTER DELETE ON village_cadre REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_tally_maintain();

CREATE TRIGGER cadre_rollup_insert AFTER INSERT ON cadre_tally REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_rollup_maintain();
CREATE TRIGGER cadre_rollup_update AFTER UPDATE ON cadre_tally REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_rollup_maintain();
CREATE TRIGGER cadre_rollup_delete AFTER DELETE ON cadre_tally REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cadre_rollup_maintain();

-- Moving subtrees, changing levels, rebuilding and TRUNCATE: V303, once every rollup exists.
