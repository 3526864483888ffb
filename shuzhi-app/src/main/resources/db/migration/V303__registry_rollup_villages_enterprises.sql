-- Subtree rollups, continued (see V302 for the design): village funding and service centres (village_rollup)
-- and private enterprises / social organizations (enterprise_rollup). Each record contributes to the upper-tree
-- ancestors of its organization directly — a funding row to its one year, a centre or an enterprise to every
-- year of the window it counts in. The predicates are LiveCounts' (the reference RegistryRollupTest compares
-- with). Then what concerns every rollup: subtree moves and level changes, TRUNCATE, and the rebuild.
--
-- Two of the counts compare with configured thresholds (shuzhi.registry.low-collective-income-threshold and
-- office-share-limit). They are copied into registry_thresholds; at start-up the application writes its
-- configuration there and, when it differs, rebuilds village_rollup (RollupThresholds).

CREATE TABLE registry_thresholds (
    only_row              BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    low_collective_income BIGINT  NOT NULL, -- fen: a village below it counts as weak
    office_share_limit    NUMERIC NOT NULL  -- a centre whose office area exceeds this share of its floor area
);
INSERT INTO registry_thresholds (low_collective_income, office_share_limit) VALUES (5000000, 0.5);

CREATE TABLE village_rollup (
    organization_id       BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    year                  INT    NOT NULL,
    villages_with_funding INT    NOT NULL, -- villages (level VILLAGE) with a funding row for the year
    low_income            INT    NOT NULL, -- … whose collective income is below the threshold
    transfer_payment      BIGINT NOT NULL, -- sums over those villages, fen
    operating_funds       BIGINT NOT NULL,
    centers               INT    NOT NULL, -- service centres built by 31 Dec (or undated)
    centers_over_half     INT    NOT NULL, -- … whose office share exceeds the limit
    PRIMARY KEY (organization_id, year)
) WITH (fillfactor = 70);

CREATE TABLE enterprise_rollup (
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    year            INT    NOT NULL,
    private_total   INT    NOT NULL, -- private enterprises registered by 31 Dec and not closed by then
    private_own     INT    NOT NULL, -- … with their own party organization formed by 31 Dec
    private_joint   INT    NOT NULL, -- … covered by a joint one formed by 31 Dec
    social_total    INT    NOT NULL, -- social organizations, likewise
    social_formed   INT    NOT NULL, -- … with their own or a joint party organization formed by 31 Dec
    PRIMARY KEY (organization_id, year)
) WITH (fillfactor = 70);

-- changes: signed contributions (sign, path, year, villages_with_funding, …) to add to every ancestor.
CREATE FUNCTION village_rollup_sql(changes TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO village_rollup AS r (organization_id, year, villages_with_funding, low_income, transfer_payment,
                                         operating_funds, centers, centers_over_half)
        SELECT * FROM (
            SELECT a.id AS organization_id, c.year, sum(c.sign * c.villages_with_funding) AS villages_with_funding,
                   sum(c.sign * c.low_income) AS low_income, sum(c.sign * c.transfer_payment) AS transfer_payment,
                   sum(c.sign * c.operating_funds) AS operating_funds, sum(c.sign * c.centers) AS centers,
                   sum(c.sign * c.centers_over_half) AS centers_over_half
            FROM (%s) c CROSS JOIN rollup_scope s
            CROSS JOIN LATERAL unnest(organization_lineage(c.path, s.max_depth)) AS a(id)
            GROUP BY a.id, c.year
        ) d
        WHERE (d.villages_with_funding, d.low_income, d.transfer_payment, d.operating_funds, d.centers, d.centers_over_half)
              <> (0, 0, 0, 0, 0, 0)
        ORDER BY d.organization_id, d.year
        ON CONFLICT (organization_id, year) DO UPDATE SET
            villages_with_funding = r.villages_with_funding + excluded.villages_with_funding,
            low_income = r.low_income + excluded.low_income, transfer_payment = r.transfer_payment + excluded.transfer_payment,
            operating_funds = r.operating_funds + excluded.operating_funds, centers = r.centers + excluded.centers,
            centers_over_half = r.centers_over_half + excluded.centers_over_half
    $sql$, changes)
$f$;

-- funding: signed funding rows with their organization's path and level (sign, path, level, funding.*).
CREATE FUNCTION funding_contributions(funding TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        SELECT f.sign, f.path, f.year, 1 AS villages_with_funding,
               (f.collective_income < t.low_collective_income)::INT AS low_income,
               f.transfer_payment, f.operating_funds, 0 AS centers, 0 AS centers_over_half
        FROM (%s) f CROSS JOIN rollup_scope w CROSS JOIN registry_thresholds t
        WHERE f.level = 'VILLAGE' AND f.year BETWEEN w.first_year AND w.last_year
    $sql$, funding)
$f$;

-- centers: signed service_center rows with their organization's path and level (sign, path, level, service_center.*).
CREATE FUNCTION center_contributions(centers TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        SELECT s.sign, s.path, y.year, 0 AS villages_with_funding, 0 AS low_income, 0 AS transfer_payment,
               0 AS operating_funds, 1 AS centers, (s.office_area > s.floor_area * t.office_share_limit)::INT AS centers_over_half
        FROM (%s) s CROSS JOIN rollup_scope w CROSS JOIN registry_thresholds t
        CROSS JOIN LATERAL generate_series(greatest(w.first_year, coalesce(date_part('year', s.built_on)::INT, w.first_year)),
                                           w.last_year) AS y(year)
    $sql$, centers)
$f$;

-- enterprises: signed enterprise rows with their organization's path (sign, path, enterprise.*). Closed on a day
-- after 31 Dec Y <=> year(closed_on) > Y.
CREATE FUNCTION enterprise_rollup_sql(enterprises TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($sql$
        INSERT INTO enterprise_rollup AS r (organization_id, year, private_total, private_own, private_joint,
                                            social_total, social_formed)
        SELECT * FROM (
            SELECT a.id AS organization_id, y.year,
                   coalesce(sum(e.sign) FILTER (WHERE e.sector = 'PRIVATE_ENTERPRISE'), 0) AS private_total,
                   coalesce(sum(e.sign) FILTER (WHERE e.sector = 'PRIVATE_ENTERPRISE' AND e.party_organization = 'OWN'
                                                  AND e.formed_on <= make_date(y.year, 12, 31)), 0) AS private_own,
                   coalesce(sum(e.sign) FILTER (WHERE e.sector = 'PRIVATE_ENTERPRISE' AND e.party_organization = 'JOINT'
                                                  AND e.formed_on <= make_date(y.year, 12, 31)), 0) AS private_joint,
                   coalesce(sum(e.sign) FILTER (WHERE e.sector = 'SOCIAL_ORGANIZATION'), 0) AS social_total,
                   coalesce(sum(e.sign) FILTER (WHERE e.sector = 'SOCIAL_ORGANIZATION' AND e.party_organization <> 'NONE'
                                                  AND e.formed_on <= make_date(y.year, 12, 31)), 0) AS social_formed
            FROM (%s) e
            CROSS JOIN rollup_scope w
            CROSS JOIN LATERAL generate_series(greatest(w.first_year, coalesce(date_part('year', e.registered_on)::INT, w.first_year)),
                                               least(w.last_year, coalesce(date_part('year', e.closed_on)::INT - 1, w.last_year))) AS y(year)
            CROSS JOIN LATERAL unnest(organization_lineage(e.path, w.max_depth)) AS a(id)
            GROUP BY a.id, y.year
        ) d
        WHERE (d.private_total, d.private_own, d.private_joint, d.social_total, d.social_formed) <> (0, 0, 0, 0, 0)
        ORDER BY d.organization_id, d.year
        ON CONFLICT (organization_id, year) DO UPDATE SET
            private_total = r.private_total + excluded.private_total, private_own = r.private_own + excluded.private_own,
            private_joint = r.private_joint + excluded.private_joint, social_total = r.social_total + excluded.social_total,
            social_formed = r.social_formed + excluded.social_formed
    $sql$, enterprises)
$f$;

CREATE FUNCTION funding_rollup_maintain() RETURNS TRIGGER LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    EXECUTE village_rollup_sql(funding_contributions(
        signed_changes(TG_OP, 'o.path, o.level, r.*', 'JOIN organization o ON o.id = r.organization_id')));
    RETURN NULL;
END $$;

CREATE FUNCTION center_rollup_maintain() RETURNS TRIGGER LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    EXECUTE village_rollup_sql(center_contributions(
        signed_changes(TG_OP, 'o.path, o.level, r.*', 'JOIN organization o ON o.id = r.organization_id')));
    RETURN NULL;
END $$;

CREATE FUNCTION enterprise_rollup_maintain() RETURNS TRIGGER LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    EXECUTE enterprise_rollup_sql(signed_changes(TG_OP, 'o.path, r.*', 'JOIN organization o ON o.id = r.organization_id'));
    RETURN NULL;
END $$;

CREATE TRIGGER funding_rollup_lock BEFORE INSERT OR UPDATE OR DELETE ON funding
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_lock();
CREATE TRIGGER center_rollup_lock BEFORE INSERT OR UPDATE OR DELETE ON service_center
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_lock();
CREATE TRIGGER enterprise_rollup_lock BEFORE INSERT OR UPDATE OR DELETE ON enterprise
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_lock();

CREATE TRIGGER funding_rollup_insert AFTER INSERT ON funding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION funding_rollup_maintain();
CREATE TRIGGER funding_rollup_update AFTER UPDATE ON funding REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION funding_rollup_maintain();
CREATE TRIGGER funding_rollup_delete AFTER DELETE ON funding REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION funding_rollup_maintain();

CREATE TRIGGER center_rollup_insert AFTER INSERT ON service_center REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION center_rollup_maintain();
CREATE TRIGGER center_rollup_update AFTER UPDATE ON service_center REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION center_rollup_maintain();
CREATE TRIGGER center_rollup_delete AFTER DELETE ON service_center REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION center_rollup_maintain();

CREATE TRIGGER enterprise_rollup_insert AFTER INSERT ON enterprise REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enterprise_rollup_maintain();
CREATE TRIGGER enterprise_rollup_update AFTER UPDATE ON enterprise REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enterprise_rollup_maintain();
CREATE TRIGGER enterprise_rollup_delete AFTER DELETE ON enterprise REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enterprise_rollup_maintain();

-- ---------------------------------------------------------------------------------------------------------
-- Moving a subtree (OrganizationRepository.move rewrites the paths of all its organizations in one statement),
-- or changing an organization's level (funding counts for villages only): each changed organization's own
-- records are taken away as they were counted (old path, old level) and added as they count now. Ancestors the
-- old and new paths share net out to nothing; a new organization (its path set after the insert) has no records.

CREATE FUNCTION registry_rollup_after_move() RETURNS TRIGGER LANGUAGE plpgsql SET jit = off AS $$
DECLARE
    changed CONSTANT TEXT := '(SELECT o.id, -1 AS sign, o.path, o.level FROM old_rows o JOIN new_rows n ON n.id = o.id'
        || ' WHERE (o.path, o.level) <> (n.path, n.level)'
        || ' UNION ALL SELECT n.id, 1, n.path, n.level FROM old_rows o JOIN new_rows n ON n.id = o.id'
        || ' WHERE (o.path, o.level) <> (n.path, n.level)) s';
    ids BIGINT[];
BEGIN
    ids := ARRAY(SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.path, o.level) <> (n.path, n.level));
    -- most such updates set a new organization's path right after its insert: no records yet, nothing to move
    IF cardinality(ids) = 0 OR NOT (EXISTS (SELECT 1 FROM member WHERE organization_id = ANY (ids))
            OR EXISTS (SELECT 1 FROM cadre_tally WHERE organization_id = ANY (ids))
            OR EXISTS (SELECT 1 FROM funding WHERE organization_id = ANY (ids))
            OR EXISTS (SELECT 1 FROM service_center WHERE organization_id = ANY (ids))
            OR EXISTS (SELECT 1 FROM enterprise WHERE organization_id = ANY (ids))) THEN
        RETURN NULL;
    END IF;
    EXECUTE member_rollup_sql('SELECT s.sign, s.path, m.* FROM ' || changed || ' JOIN member m ON m.organization_id = s.id');
    EXECUTE cadre_rollup_sql('SELECT s.sign, s.path, t.* FROM ' || changed || ' JOIN cadre_tally t ON t.organization_id = s.id');
    EXECUTE village_rollup_sql(funding_contributions(
        'SELECT s.sign, s.path, s.level, f.* FROM ' || changed || ' JOIN funding f ON f.organization_id = s.id'));
    EXECUTE village_rollup_sql(center_contributions(
        'SELECT s.sign, s.path, s.level, c.* FROM ' || changed || ' JOIN service_center c ON c.organization_id = s.id'));
    EXECUTE enterprise_rollup_sql('SELECT s.sign, s.path, e.* FROM ' || changed || ' JOIN enterprise e ON e.organization_id = s.id');
    RETURN NULL;
END $$;

CREATE TRIGGER organization_rollup_lock BEFORE UPDATE OF path, level ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_lock();
CREATE TRIGGER organization_rollup_move AFTER UPDATE ON organization REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_after_move();

-- ---------------------------------------------------------------------------------------------------------
-- From scratch, through the same SQL the triggers use (one implementation): after changing rollup_scope, and
-- by this migration to fill the rollups from the records already there.

CREATE FUNCTION village_rollup_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE village_rollup;
    EXECUTE village_rollup_sql(funding_contributions(
        'SELECT 1 AS sign, o.path, o.level, r.* FROM funding r JOIN organization o ON o.id = r.organization_id'));
    EXECUTE village_rollup_sql(center_contributions(
        'SELECT 1 AS sign, o.path, o.level, r.* FROM service_center r JOIN organization o ON o.id = r.organization_id'));
END $$;

CREATE FUNCTION registry_rollup_rebuild() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE member_rollup, cadre_tally, cadre_rollup, enterprise_rollup;
    EXECUTE member_rollup_sql('SELECT 1 AS sign, o.path, r.* FROM member r JOIN organization o ON o.id = r.organization_id');
    -- one INSERT into cadre_tally; its statement trigger then fills cadre_rollup from all the new rows at once
    EXECUTE cadre_tally_sql('SELECT 1 AS sign, r.* FROM village_cadre r');
    EXECUTE enterprise_rollup_sql('SELECT 1 AS sign, o.path, r.* FROM enterprise r JOIN organization o ON o.id = r.organization_id');
    PERFORM village_rollup_rebuild();
END $$;

-- A TRUNCATE of a record table (tests, a bulk reload) empties or recounts the rollups it feeds.
CREATE FUNCTION registry_rollup_after_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    CASE TG_TABLE_NAME
        WHEN 'member' THEN TRUNCATE member_rollup;
        WHEN 'village_cadre' THEN TRUNCATE cadre_tally, cadre_rollup;
        WHEN 'enterprise' THEN TRUNCATE enterprise_rollup;
        ELSE PERFORM village_rollup_rebuild(); -- funding or service_center: the other still counts
    END CASE;
    RETURN NULL;
END $$;

CREATE TRIGGER member_rollup_truncate AFTER TRUNCATE ON member
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_after_truncate();
CREATE TRIGGER cadre_rollup_truncate AFTER TRUNCATE ON village_cadre
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_after_truncate();
CREATE TRIGGER enterprise_rollup_truncate AFTER TRUNCATE ON enterprise
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_after_truncate();
CREATE TRIGGER funding_rollup_truncate AFTER TRUNCATE ON funding
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_after_truncate();
CREATE TRIGGER center_rollup_truncate AFTER TRUNCATE ON service_center
    FOR EACH STATEMENT EXECUTE FUNCTION registry_rollup_after_truncate();

SELECT registry_rollup_rebuild();
