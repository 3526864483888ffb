package io.shuzhi.campaign;

import io.shuzhi.account.Scope;
import io.shuzhi.evaluation.EvaluationScheme;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class CampaignRepository {

    private static final String COLUMNS = "c.id, c.host_organization_id, c.year, c.title, c.report_deadline, c.meeting_date, "
            + "c.scheme_version, c.editor_note, c.published_at";

    /** Visible to a caller who sees the host, or one of the reporters (a secretary sees the campaign it reports in). */
    private static final String VISIBLE = "(EXISTS (SELECT 1 FROM organization o WHERE o.id = c.host_organization_id AND "
            + Scope.sql("o") + ") OR EXISTS (SELECT 1 FROM duty_report vr JOIN organization o ON o.id = vr.organization_id"
            + " WHERE vr.campaign_id = c.id AND " + Scope.sql("o") + "))";

    private static final RowMapper<Campaign> CAMPAIGN = (rs, n) -> new Campaign(rs.getLong("id"), rs.getLong("host_organization_id"),
            rs.getInt("year"), rs.getString("title"), toDate(rs.getDate("report_deadline")), toDate(rs.getDate("meeting_date")),
            rs.getInt("scheme_version"), rs.getString("editor_note"),
            rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant());

    private final JdbcClient jdbc;
    private final ContentJson json;

    CampaignRepository(JdbcClient jdbc, ContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(NewCampaign c, Instant now) {
        return jdbc.sql("""
                        INSERT INTO campaign (host_organization_id, year, title, report_deadline, meeting_date, scheme_version, created_at)
                        VALUES (:host, :year, :title, :deadline, :meeting, 1, :now) RETURNING id""")
                .param("host", c.hostOrganizationId()).param("year", c.year()).param("title", c.title())
                .param("deadline", c.reportDeadline()).param("meeting", c.meetingDate())
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void insertScheme(long campaignId, int version, EvaluationScheme scheme, Instant now) {
        jdbc.sql("INSERT INTO campaign_scheme (campaign_id, version, scheme, created_at) VALUES (:id, :v, CAST(:s AS jsonb), :now)")
                .param("id", campaignId).param("v", version).param("s", json.write(scheme)).param("now", Timestamp.from(now)).update();
        jdbc.sql("UPDATE campaign SET scheme_version = :v WHERE id = :id").param("v", version).param("id", campaignId).update();
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign c WHERE c.id = :id").param("id", id).query(CAMPAIGN).optional();
    }

    Optional<Campaign> findVisible(Scope scope, long id) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM campaign c WHERE c.id = :id AND " + VISIBLE))
                .param("id", id).query(CAMPAIGN).optional();
    }

    List<Campaign> listVisible(Scope scope) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM campaign c WHERE " + VISIBLE + " ORDER BY c.year DESC, c.id DESC"))
                .query(CAMPAIGN).list();
    }

    EvaluationScheme scheme(long campaignId, int version) {
        return jdbc.sql("SELECT scheme FROM campaign_scheme WHERE campaign_id = :id AND version = :v")
                .param("id", campaignId).param("v", version).query(String.class).optional()
                .map(json::readScheme).orElseThrow();
    }

    void updateEditorNote(long id, String note) {
        jdbc.sql("UPDATE campaign SET editor_note = :note WHERE id = :id").param("note", note).param("id", id).update();
    }

    void markPublished(long id, Instant now) {
        jdbc.sql("UPDATE campaign SET published_at = :now WHERE id = :id").param("now", Timestamp.from(now)).param("id", id).update();
    }

    void saveRoutineScore(long reportId, BigDecimal score, Instant now, String by) {
        jdbc.sql("""
                        INSERT INTO routine_assessment (report_id, score, entered_at, entered_by) VALUES (:r, :s, :now, :by)
                        ON CONFLICT (report_id) DO UPDATE SET score = excluded.score, entered_at = excluded.entered_at, entered_by = excluded.entered_by""")
                .param("r", reportId).param("s", score).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** reportId → routine score, for the reports of one campaign. */
    Map<Long, BigDecimal> routineScores(long campaignId) {
        return jdbc.sql("SELECT a.report_id, a.score FROM routine_assessment a JOIN duty_report r ON r.id = a.report_id WHERE r.campaign_id = :id")
                .param("id", campaignId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Reporter> reporters(long campaignId) {
        return jdbc.sql("""
                        SELECT r.id, r.organization_id, o.name, o.secretary_name, r.position, r.status
                        FROM duty_report r JOIN organization o ON o.id = r.organization_id
                        WHERE r.campaign_id = :c ORDER BY r.position""")
                .param("c", campaignId)
                .query((rs, n) -> new Reporter(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        ReportStatus.valueOf(rs.getString(6)))).list();
    }

    private static java.time.LocalDate toDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
