package io.shuzhi.statistics;

import io.shuzhi.registry.RecruitmentRules;
import io.shuzhi.registry.RegistryProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/**
 * Indicator counts aggregated live over the records of the subtree {@code o.path LIKE :rootPath || '%'}, as of
 * 31 December of a year. Used where the rollups do not reach ({@link RollupScope}: deep subtrees, other years),
 * for recruitment and first secretaries (small tables; violations depend on configurable rules), and as the
 * definition the rollups ({@link RollupCounts}) are tested against.
 */
@Component
class LiveCounts {

    private final JdbcClient jdbc;
    private final RecruitmentRules rules;
    private final RegistryProperties properties;

    LiveCounts(JdbcClient jdbc, RecruitmentRules rules, RegistryProperties properties) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.properties = properties;
    }

    /** Everything {@link RollupCounts#all} covers, counted live. */
    void all(String rootPath, int year, Map<Indicator, Number> into) {
        LocalDate end = LocalDate.of(year, 12, 31);
        members(rootPath, year, end, into);
        cadres(rootPath, end, into);
        funding(rootPath, year, into);
        centers(rootPath, end, into);
        enterprises(rootPath, end, into);
    }

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
                    IndicatorRow.members(rs, into);
                    return true;
                });
    }

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
                    IndicatorRow.cadres(rs, into);
                    return true;
                });
    }

    void enterprises(String rootPath, LocalDate end, Map<Indicator, Number> into) {
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
                    IndicatorRow.enterprises(rs, into);
                    return true;
                });
    }

    void funding(String rootPath, int year, Map<Indicator, Number> into) {
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
                    IndicatorRow.funding(rs, into);
                    return true;
                });
    }

    void centers(String rootPath, LocalDate end, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT count(*) AS centers, count(*) FILTER (WHERE s.office_area > s.floor_area * :officeLimit) AS over_half
                        FROM service_center s JOIN organization o ON o.id = s.organization_id
                        WHERE o.path LIKE :rootPath || '%' AND (s.built_on IS NULL OR s.built_on <= :end)""")
                .param("rootPath", rootPath).param("end", end).param("officeLimit", properties.officeShareLimit())
                .query(rs -> {
                    rs.next();
                    IndicatorRow.centers(rs, into);
                    return true;
                });
    }

    void firstSecretariesAndRecruitment(String rootPath, LocalDate end, Map<Indicator, Number> into) {
        jdbc.sql("SELECT"
                        + " (SELECT count(*) FROM first_secretary f JOIN organization o ON o.id = f.organization_id"
                        + "   WHERE o.path LIKE :rootPath || '%' AND f.served_from <= :end AND (f.served_to IS NULL OR f.served_to >= :end)) AS first_secretaries,"
                        + " (SELECT count(*) FROM recruitment r JOIN organization o ON o.id = r.organization_id"
                        + "   WHERE o.path LIKE :rootPath || '%' AND " + RecruitmentRules.violationSql(":end") + ") AS violations")
                .param("rootPath", rootPath).param("end", end)
                .param("minimumAge", rules.minimumAge()).param("trainingMonths", rules.trainingMonths())
                .param("probationMonths", rules.probationMonths())
                .query(rs -> {
                    rs.next();
                    into.put(Indicator.FIRST_SECRETARIES, rs.getLong("first_secretaries"));
                    into.put(Indicator.RECRUITMENT_VIOLATIONS, rs.getLong("violations"));
                    return true;
                });
    }
}
