package io.shuzhi.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Read-only lookups across campaigns that the campaign feature's service does not offer: the same organization's
 * report of an earlier year, and the latest analysed texts of a campaign's other reports.
 */
@Repository
class ReviewQueries {

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organization's report in a campaign of {@code year}, the most recent campaign if there were several. */
    Optional<Long> reportOf(long organizationId, int year) {
        return jdbc.sql("""
                        SELECT r.id FROM duty_report r JOIN campaign c ON c.id = r.campaign_id
                        WHERE r.organization_id = :org AND c.year = :year AND r.version > 0
                        ORDER BY c.id DESC LIMIT 1""")
                .param("org", organizationId).param("year", year).query(Long.class).optional();
    }

    /** The latest analysed text of every other report of the campaign. */
    List<String> otherTexts(long campaignId, long reportId) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (a.report_id) a.text FROM report_analysis a JOIN duty_report r ON r.id = a.report_id
                        WHERE r.campaign_id = :c AND r.id <> :id ORDER BY a.report_id, a.version DESC""")
                .param("c", campaignId).param("id", reportId).query(String.class).list();
    }
}
