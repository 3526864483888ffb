package io.shuzhi.campaign;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class DutyReportRepository {

    private static final String COLUMNS = "r.id, r.campaign_id, r.organization_id, r.position, r.status, r.version, r.sections, r.return_comment";

    private final JdbcClient jdbc;
    private final ContentJson json;
    private final RowMapper<DutyReport> mapper;

    DutyReportRepository(JdbcClient jdbc, ContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, n) -> new DutyReport(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("organization_id"),
                rs.getInt("position"), ReportStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                json.read(rs.getString("sections")), rs.getString("return_comment"));
    }

    void insert(long campaignId, long organizationId, int position, Instant now) {
        jdbc.sql("""
                        INSERT INTO duty_report (campaign_id, organization_id, position, status, updated_at)
                        VALUES (:c, :o, :p, 'DRAFT', :now)""")
                .param("c", campaignId).param("o", organizationId).param("p", position).param("now", Timestamp.from(now)).update();
    }

    Optional<DutyReport> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM duty_report r WHERE r.id = :id").param("id", id).query(mapper).optional();
    }

    /** The row locked for the rest of the transaction, so two saves of one report serialise. */
    Optional<DutyReport> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM duty_report r WHERE r.id = :id FOR UPDATE").param("id", id).query(mapper).optional();
    }

    List<DutyReport> ofCampaign(long campaignId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM duty_report r WHERE r.campaign_id = :c ORDER BY r.position")
                .param("c", campaignId).query(mapper).list();
    }

    void update(DutyReport r, Instant now) {
        jdbc.sql("""
                        UPDATE duty_report SET status = :s, version = :v, sections = CAST(:sections AS jsonb), return_comment = :rc,
                               updated_at = :now WHERE id = :id""")
                .param("s", r.status().name()).param("v", r.version()).param("sections", json.write(r.content()))
                .param("rc", r.returnComment()).param("now", Timestamp.from(now)).param("id", r.id()).update();
    }

    void insertVersion(DutyReport r, Instant now, String by) {
        jdbc.sql("""
                        INSERT INTO duty_report_version (report_id, version, sections, status, saved_at, saved_by)
                        VALUES (:id, :v, CAST(:sections AS jsonb), :s, :now, :by)""")
                .param("id", r.id()).param("v", r.version()).param("sections", json.write(r.content()))
                .param("s", r.status().name()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** The version that was submitted is marked, so the diff view can tell submitted texts from drafts. */
    void markVersionSubmitted(long reportId, int version) {
        jdbc.sql("UPDATE duty_report_version SET status = 'SUBMITTED' WHERE report_id = :id AND version = :v")
                .param("id", reportId).param("v", version).update();
    }

    List<ReportVersion> versions(long reportId) {
        return jdbc.sql("SELECT version, status, saved_at, saved_by FROM duty_report_version WHERE report_id = :id ORDER BY version DESC")
                .param("id", reportId)
                .query((rs, n) -> new ReportVersion(rs.getInt(1), ReportStatus.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    Optional<ReportContent> versionContent(long reportId, int version) {
        return jdbc.sql("SELECT sections FROM duty_report_version WHERE report_id = :id AND version = :v")
                .param("id", reportId).param("v", version).query(String.class).optional().map(json::read);
    }

    void insertEvent(long reportId, String action, String comment, Instant now, String actor) {
        jdbc.sql("INSERT INTO duty_report_event (report_id, action, comment, at, actor) VALUES (:id, :a, :c, :now, :actor)")
                .param("id", reportId).param("a", action).param("c", comment).param("now", Timestamp.from(now)).param("actor", actor).update();
    }

    List<ReportEvent> events(long reportId) {
        return jdbc.sql("SELECT action, comment, at, actor FROM duty_report_event WHERE report_id = :id ORDER BY at DESC, id DESC")
                .param("id", reportId)
                .query((rs, n) -> new ReportEvent(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    void saveCritique(long reportId, List<CritiquePoint> points, Instant now, String by) {
        jdbc.sql("""
                        INSERT INTO critique (report_id, points, recorded_at, recorded_by) VALUES (:id, CAST(:p AS jsonb), :now, :by)
                        ON CONFLICT (report_id) DO UPDATE SET points = excluded.points, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .param("id", reportId).param("p", json.writeValue(points)).param("now", Timestamp.from(now)).param("by", by).update();
    }

    Optional<String> critiqueJson(long reportId) {
        return jdbc.sql("SELECT points FROM critique WHERE report_id = :id").param("id", reportId).query(String.class).optional();
    }

    record ReportVersion(int version, ReportStatus status, Instant savedAt, String savedBy) {
    }

    record ReportEvent(String action, String comment, Instant at, String actor) {
    }
}
