package io.shuzhi.statistics;

import io.shuzhi.registry.RecruitmentRules;
import io.shuzhi.registry.RegistryProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The SQL behind the indicators, per year. Members and village cadres are read from the subtree rollups of
 * V302 (one row per organization and year, kept exactly right by triggers) for the years of
 * {@code tally_window}; every other year, and the other record types, are aggregated live over the subtree
 * {@code o.path LIKE :rootPath || '%'}. The live member and cadre queries stay as the reference the rollups
 * are tested against (RegistryTallyTest). The SQL text is constant; the year and root are bound.
 */
@Component
class IndicatorQueries {

    private final JdbcClient jdbc;
    private final RecruitmentRules rules;
    private final RegistryProperties properties;

    IndicatorQueries(JdbcClient jdbc, RecruitmentRules rules, RegistryProperties properties) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.properties = properties;
    }

    /** Raw counts and sums for {@code year} (index 0) and {@code year - 1} (index 1). */
    @SuppressWarnings("unchecked")
    Map<Indicator, Number>[] counts(long rootId, String rootPath, int year) {
        Map<Indicator, Number>[] result = new Map[]{new EnumMap<>(Indicator.class), new EnumMap<>(Indicator.class)};
        // The subtree filter `path LIKE :rootPath || '%'` can use the path index only when the plan knows the
        // prefix: without this, after five executions the driver's prepared statements get generic plans that
        // scan every organization (~25 ms each at 200,000 organizations, a dozen times per report).
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        int[] window = tallyWindow();
        for (int i = 0; i < 2; i++) {
            int y = year - i;
            LocalDate end = LocalDate.of(y, 12, 31);
            if (y >= window[0] && y <= window[1]) {
                memberRollup(rootId, y, result[i]);
                cadreRollup(rootId, y, result[i]);
            } else {
                members(rootPath, y, end, result[i]);
                cadres(rootPath, end, result[i]);
            }
            enterprises(rootPath, end, result[i]);
            funding(rootPath, y, result[i]);
            centersAndRecruitment(rootPath, end, result[i]);
        }
        return result;
    }

    /** The years kept in the tallies and rollups (first, last); other years are counted live. */
    int[] tallyWindow() {
        return jdbc.sql("SELECT first_year, last_year FROM tally_window")
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
    }

    /** The member counts of a subtree for a year in the window: its row of {@code member_rollup}. */
    void memberRollup(long rootId, int year, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT coalesce(sum(total), 0) AS total, coalesce(sum(young), 0) AS young,
                               coalesce(sum(middle), 0) AS middle, coalesce(sum(old), 0) AS old,
                               coalesce(sum(female), 0) AS female, coalesce(sum(probationary), 0) AS probationary,
                               coalesce(sum(high_school), 0) AS high_school, coalesce(sum(college), 0) AS college,
                               coalesce(sum(mobile), 0) AS mobile
                        FROM member_rollup WHERE year = :year AND organization_id = :root""")
                .param("root", rootId).param("year", year)
                .query(rs -> {
                    rs.next();
                    putMembers(rs, into);
                    return true;
                });
    }

    /** The cadre figures of a subtree for a year in the window: its row of {@code cadre_rollup}. */
    void cadreRollup(long rootId, int year, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT round(sum(principal_pay)::NUMERIC / nullif(sum(principals), 0)) AS principal_pay,
                               round(sum(deputy_pay)::NUMERIC / nullif(sum(deputies), 0)) AS deputy_pay,
                               coalesce(sum(secretaries), 0) AS secretaries, coalesce(sum(both_posts), 0) AS both_posts,
                               coalesce(sum(committees), 0) AS committees, coalesce(sum(committees_with_woman), 0) AS with_woman
                        FROM cadre_rollup WHERE year = :year AND organization_id = :root""")
                .param("root", rootId).param("year", year)
                .query(rs -> {
                    rs.next();
                    putCadres(rs, into);
                    return true;
                });
    }

    /** The member counts straight from the member table: the reference the tallies must equal. */
    void members(String rootPath, int year, LocalDate end, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT count(*) AS total,
                               count(*) FILTER (WHERE m.birth_date >= make_date(:youngFrom, 1, 1)) AS young,
                               count(*) FILTER (WHERE m.birth_date BETWEEN make_date(:middleFrom, 1, 1) AND make_date(:middleTo, 12, 31)) AS middle,
                               count(*) FILTER (WHERE m.birth_date <= make_date(:oldTo, 12, 31)) AS old,
                               count(*) FILTER (WHERE m.gender = 'FEMALE') AS female,
                               count(*) FILTER (WHERE m.status = 'PROBATIONARY') AS probationary,
                               count(*) FILTER (WHERE m.education <> 'JUNIOR_HIGH_OR_BELOW') AS high_school,
                               count(*) FILTER (WHERE m.education IN ('POSTGRADUATE', 'BACHELOR', 'JUNIOR_COLLEGE')) AS college,
                               count(*) FILTER (WHERE m.mobile AND (m.mobile_since IS NULL OR m.mobile_since <= :end)) AS mobile
                        FROM member m JOIN organization o ON o.id = m.organization_id
                        WHERE o.path LIKE :rootPath || '%' AND m.join_date <= :end AND (m.left_on IS NULL OR m.left_on > :end)""")
                .param("rootPath", rootPath).param("end", end)
                .param("youngFrom", AgeBand.UP_TO_35.firstBirthYear(year))
                .param("middleFrom", AgeBand.FROM_36_TO_54.firstBirthYear(year)).param("middleTo", AgeBand.FROM_36_TO_54.lastBirthYear(year))
                .param("oldTo", AgeBand.FROM_55.lastBirthYear(year))
                .query(rs -> {
                    rs.next();
                    putMembers(rs, into);
                    return true;
                });
    }

    private static void putMembers(ResultSet rs, Map<Indicator, Number> into) throws SQLException {
        into.put(Indicator.MEMBERS_TOTAL, rs.getLong("total"));
        into.put(Indicator.MEMBERS_AGED_35_OR_UNDER, rs.getLong("young"));
        into.put(Indicator.MEMBERS_AGED_36_TO_54, rs.getLong("middle"));
        into.put(Indicator.MEMBERS_AGED_55_PLUS, rs.getLong("old"));
        into.put(Indicator.FEMALE_MEMBERS, rs.getLong("female"));
        into.put(Indicator.PROBATIONARY_MEMBERS, rs.getLong("probationary"));
        into.put(Indicator.MEMBERS_HIGH_SCHOOL_OR_ABOVE, rs.getLong("high_school"));
        into.put(Indicator.MEMBERS_COLLEGE_OR_ABOVE, rs.getLong("college"));
        into.put(Indicator.MOBILE_MEMBERS, rs.getLong("mobile"));
    }

    private void enterprises(String rootPath, LocalDate end, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT count(*) FILTER (WHERE e.sector = 'PRIVATE_ENTERPRISE') AS private_total,
                               count(*) FILTER (WHERE e.sector = 'PRIVATE_ENTERPRISE' AND e.party_organization = 'OWN' AND e.formed_on <= :end) AS private_own,
                               count(*) FILTER (WHERE e.sector = 'PRIVATE_ENTERPRISE' AND e.party_organization = 'JOINT' AND e.formed_on <= :end) AS private_joint,
                               count(*) FILTER (WHERE e.sector = 'SOCIAL_ORGANIZATION') AS social_total,
                               count(*) FILTER (WHERE e.sector = 'SOCIAL_ORGANIZATION' AND e.party_organization <> 'NONE' AND e.formed_on <= :end) AS social_formed
                        FROM enterprise e JOIN organization o ON o.id = e.organization_id
                        WHERE o.path LIKE :rootPath || '%' AND (e.registered_on IS NULL OR e.registered_on <= :end)
                          AND (e.closed_on IS NULL OR e.closed_on > :end)""")
                .param("rootPath", rootPath).param("end", end)
                .query(rs -> {
                    rs.next();
                    long own = rs.getLong("private_own");
                    long joint = rs.getLong("private_joint");
                    var enterprises = new FormationRate(own, joint, rs.getLong("private_total") - own - joint);
                    into.put(Indicator.PRIVATE_ENTERPRISES, enterprises.total());
                    into.put(Indicator.PRIVATE_ENTERPRISES_OWN, own);
                    into.put(Indicator.PRIVATE_ENTERPRISES_JOINT, joint);
                    into.put(Indicator.PRIVATE_ENTERPRISE_FORMATION_RATE, enterprises.rate());
                    long socialFormed = rs.getLong("social_formed");
                    var social = new FormationRate(socialFormed, 0, rs.getLong("social_total") - socialFormed);
                    into.put(Indicator.SOCIAL_ORGANIZATIONS, social.total());
                    into.put(Indicator.SOCIAL_ORGANIZATION_FORMATION_RATE, social.rate());
                    return true;
                });
    }

    private void funding(String rootPath, int year, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT count(*) AS villages,
                               count(*) FILTER (WHERE f.collective_income < :threshold) AS low_income,
                               round(avg(f.transfer_payment)) AS avg_transfer,
                               round(avg(f.operating_funds)) AS avg_operating
                        FROM funding f JOIN organization o ON o.id = f.organization_id
                        WHERE o.path LIKE :rootPath || '%' AND o.level = 'VILLAGE' AND f.year = :year""")
                .param("rootPath", rootPath).param("year", year).param("threshold", properties.lowCollectiveIncomeThreshold())
                .query(rs -> {
                    rs.next();
                    into.put(Indicator.VILLAGES_WITH_FUNDING, rs.getLong("villages"));
                    into.put(Indicator.VILLAGES_LOW_COLLECTIVE_INCOME, rs.getLong("low_income"));
                    into.put(Indicator.AVERAGE_TRANSFER_PAYMENT, (Number) rs.getObject("avg_transfer"));
                    into.put(Indicator.AVERAGE_OPERATING_FUNDS, (Number) rs.getObject("avg_operating"));
                    return true;
                });
    }

    /** The cadre figures straight from the cadre table: the reference the rollup must equal. */
    void cadres(String rootPath, LocalDate end, Map<Indicator, Number> into) {
        jdbc.sql("""
                        WITH serving AS (
                            SELECT c.* FROM village_cadre c JOIN organization o ON o.id = c.organization_id
                            WHERE o.path LIKE :rootPath || '%' AND c.served_from <= :end AND (c.served_to IS NULL OR c.served_to >= :end)
                        ), committees AS (
                            SELECT organization_id, bool_or(gender = 'FEMALE') AS has_woman FROM serving GROUP BY organization_id
                        )
                        SELECT (SELECT round(avg(annual_pay)) FROM serving WHERE rank = 'PRINCIPAL') AS principal_pay,
                               (SELECT round(avg(annual_pay)) FROM serving WHERE rank = 'DEPUTY') AS deputy_pay,
                               (SELECT count(*) FROM serving WHERE post = 'PARTY_SECRETARY') AS secretaries,
                               (SELECT count(*) FROM serving WHERE post = 'PARTY_SECRETARY' AND holds_both_posts) AS both_posts,
                               (SELECT count(*) FROM committees) AS committees,
                               (SELECT count(*) FROM committees WHERE has_woman) AS with_woman""")
                .param("rootPath", rootPath).param("end", end)
                .query(rs -> {
                    rs.next();
                    putCadres(rs, into);
                    return true;
                });
    }

    private static void putCadres(ResultSet rs, Map<Indicator, Number> into) throws SQLException {
        into.put(Indicator.PRINCIPAL_CADRES_AVERAGE_PAY, (Number) rs.getObject("principal_pay"));
        into.put(Indicator.DEPUTY_CADRES_AVERAGE_PAY, (Number) rs.getObject("deputy_pay"));
        into.put(Indicator.HOLDS_BOTH_POSTS_SHARE, FormationRate.share(rs.getLong("both_posts"), rs.getLong("secretaries")));
        into.put(Indicator.COMMITTEES_WITH_WOMAN_SHARE, FormationRate.share(rs.getLong("with_woman"), rs.getLong("committees")));
    }

    private void centersAndRecruitment(String rootPath, LocalDate end, Map<Indicator, Number> into) {
        jdbc.sql("SELECT"
                        + " (SELECT count(*) FROM first_secretary f JOIN organization o ON o.id = f.organization_id"
                        + "   WHERE o.path LIKE :rootPath || '%' AND f.served_from <= :end AND (f.served_to IS NULL OR f.served_to >= :end)) AS first_secretaries,"
                        + " (SELECT count(*) FROM service_center s JOIN organization o ON o.id = s.organization_id"
                        + "   WHERE o.path LIKE :rootPath || '%' AND (s.built_on IS NULL OR s.built_on <= :end)) AS centers,"
                        + " (SELECT count(*) FROM service_center s JOIN organization o ON o.id = s.organization_id"
                        + "   WHERE o.path LIKE :rootPath || '%' AND (s.built_on IS NULL OR s.built_on <= :end) AND s.office_area > s.floor_area * :officeLimit) AS over_half,"
                        + " (SELECT count(*) FROM recruitment r JOIN organization o ON o.id = r.organization_id"
                        + "   WHERE o.path LIKE :rootPath || '%' AND " + RecruitmentRules.violationSql(":end") + ") AS violations")
                .param("rootPath", rootPath).param("end", end).param("officeLimit", properties.officeShareLimit())
                .param("minimumAge", rules.minimumAge()).param("trainingMonths", rules.trainingMonths())
                .param("probationMonths", rules.probationMonths())
                .query(rs -> {
                    rs.next();
                    into.put(Indicator.FIRST_SECRETARIES, rs.getLong("first_secretaries"));
                    into.put(Indicator.SERVICE_CENTERS, rs.getLong("centers"));
                    into.put(Indicator.SERVICE_CENTERS_OFFICE_OVER_HALF, rs.getLong("over_half"));
                    into.put(Indicator.RECRUITMENT_VIOLATIONS, rs.getLong("violations"));
                    return true;
                });
    }

}
