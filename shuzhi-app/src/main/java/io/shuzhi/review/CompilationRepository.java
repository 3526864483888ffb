package io.shuzhi.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Uploaded compilations and the reports found in them. */
@Repository
class CompilationRepository {

    private static final String COLUMNS = "id, campaign_id, file_name, status, analysis_status, progress, error, coalesce(progress_at, uploaded_at) AS moved_at";

    private final JdbcClient jdbc;

    CompilationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Compilation(long id, long campaignId, String fileName, String status, String analysisStatus, int progress,
                       String error, Instant movedAt) {
        boolean isPending() {
            return "PENDING".equals(status);
        }

        boolean isReady() {
            return "READY".equals(analysisStatus);
        }
    }

    public record FoundReport(int index, String title, String reporterName, String text, Long organizationId,
                       BigDecimal confidence, Long reportId) {
    }

    long insert(long campaignId, String fileName, Instant now, String by) {
        return insert(campaignId, fileName, now, by, "READY", 100);
    }

    /** A compilation whose reports are still being found: status PROCESSING at progress 0. */
    long insertProcessing(long campaignId, String fileName, Instant now, String by) {
        return insert(campaignId, fileName, now, by, "PROCESSING", 0);
    }

    private long insert(long campaignId, String fileName, Instant now, String by, String analysisStatus, int progress) {
        return jdbc.sql("""
                        INSERT INTO compilation (campaign_id, file_name, status, uploaded_at, uploaded_by, analysis_status, progress)
                        VALUES (:c, :f, 'PENDING', :now, :by, :s, :p) RETURNING id""")
                .param("c", campaignId).param("f", fileName).param("now", Timestamp.from(now)).param("by", by)
                .param("s", analysisStatus).param("p", progress)
                .query(Long.class).single();
    }

    /** Only forward, and only while processing: a late or repeated tick never moves the bar back. */
    void advance(long id, int progress, Instant now) {
        jdbc.sql("""
                        UPDATE compilation SET progress = :p, progress_at = :now
                        WHERE id = :id AND analysis_status = 'PROCESSING' AND progress < :p""")
                .param("p", Math.max(0, Math.min(99, progress))).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void markReady(long id) {
        jdbc.sql("UPDATE compilation SET analysis_status = 'READY', progress = 100, error = NULL WHERE id = :id")
                .param("id", id).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("UPDATE compilation SET analysis_status = 'FAILED', error = :e WHERE id = :id")
                .param("e", error).param("id", id).update();
    }

    void insertReport(long compilationId, FoundReport r) {
        jdbc.sql("""
                        INSERT INTO compilation_report (compilation_id, index, title, reporter_name, text, organization_id, confidence)
                        VALUES (:id, :i, :t, :r, :text, :o, :conf)""")
                .param("id", compilationId).param("i", r.index()).param("t", r.title()).param("r", r.reporterName())
                .param("text", r.text()).param("o", r.organizationId()).param("conf", r.confidence())
                .update();
    }

    Optional<Compilation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compilation WHERE id = :id")
                .param("id", id).query(Compilation.class).optional();
    }

    Optional<Compilation> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compilation WHERE id = :id FOR UPDATE")
                .param("id", id).query(Compilation.class).optional();
    }

    List<FoundReport> reports(long compilationId) {
        return jdbc.sql("""
                        SELECT index, title, reporter_name, text, organization_id, confidence, report_id
                        FROM compilation_report WHERE compilation_id = :id ORDER BY index""")
                .param("id", compilationId).query(FoundReport.class).list();
    }

    void confirm(long compilationId, int index, Long organizationId, Long reportId) {
        jdbc.sql("UPDATE compilation_report SET organization_id = :o, report_id = :r WHERE compilation_id = :id AND index = :i")
                .param("o", organizationId).param("r", reportId).param("id", compilationId).param("i", index).update();
    }

    void markConfirmed(long compilationId, Instant now) {
        jdbc.sql("UPDATE compilation SET status = 'CONFIRMED', confirmed_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", compilationId).update();
    }
}
