package io.shuzhi.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Indicator counts of a subtree for a year, read from the rollups of V302/V303 where they hold it ({@link RollupScope}): one
 * primary-key row per table, whatever the size of the subtree. Each query aggregates its (at most one) row so
 * that a subtree with no records still yields one row of zeros and null averages, exactly as the live queries
 * do ({@link LiveCounts}; RegistryRollupTest compares the two for every organization and year).
 */
@Component
class RollupCounts {

    private final JdbcClient jdbc;

    RollupCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void all(long rootId, int year, Map<Indicator, Number> into) {
        members(rootId, year, into);
        cadres(rootId, year, into);
        villages(rootId, year, into);
        enterprises(rootId, year, into);
    }

    void members(long rootId, int year, Map<Indicator, Number> into) {
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
                    IndicatorRow.members(rs, into);
                    return true;
                });
    }

    void cadres(long rootId, int year, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT round(sum(principal_pay)::NUMERIC / nullif(sum(principals), 0)) AS principal_pay,
                               round(sum(deputy_pay)::NUMERIC / nullif(sum(deputies), 0)) AS deputy_pay,
                               coalesce(sum(secretaries), 0) AS secretaries, coalesce(sum(both_posts), 0) AS both_posts,
                               coalesce(sum(committees), 0) AS committees, coalesce(sum(committees_with_woman), 0) AS with_woman
                        FROM cadre_rollup WHERE year = :year AND organization_id = :root""")
                .param("root", rootId).param("year", year)
                .query(rs -> {
                    rs.next();
                    IndicatorRow.cadres(rs, into);
                    return true;
                });
    }

    void villages(long rootId, int year, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT coalesce(sum(villages_with_funding), 0) AS villages, coalesce(sum(low_income), 0) AS low_income,
                               round(sum(transfer_payment)::NUMERIC / nullif(sum(villages_with_funding), 0)) AS avg_transfer,
                               round(sum(operating_funds)::NUMERIC / nullif(sum(villages_with_funding), 0)) AS avg_operating,
                               coalesce(sum(centers), 0) AS centers, coalesce(sum(centers_over_half), 0) AS over_half
                        FROM village_rollup WHERE year = :year AND organization_id = :root""")
                .param("root", rootId).param("year", year)
                .query(rs -> {
                    rs.next();
                    IndicatorRow.funding(rs, into);
                    IndicatorRow.centers(rs, into);
                    return true;
                });
    }

    void enterprises(long rootId, int year, Map<Indicator, Number> into) {
        jdbc.sql("""
                        SELECT coalesce(sum(private_total), 0) AS private_total, coalesce(sum(private_own), 0) AS private_own,
                               coalesce(sum(private_joint), 0) AS private_joint, coalesce(sum(social_total), 0) AS social_total,
                               coalesce(sum(social_formed), 0) AS social_formed
                        FROM enterprise_rollup WHERE year = :year AND organization_id = :root""")
                .param("root", rootId).param("year", year)
                .query(rs -> {
                    rs.next();
                    IndicatorRow.enterprises(rs, into);
                    return true;
                });
    }
}
