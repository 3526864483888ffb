package io.shuzhi.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stored analyses, one per (report, version); a version is analysed once and never changes afterwards. */
@Repository
class ReportAnalysisRepository {

    private final JdbcClient jdbc;

    ReportAnalysisRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored analysis of one version: the text, the contract JSON, and its counts. */
    record Row(long reportId, int version, String text, String json, int quantities, int commitments,
               int quantifiedCommitments, int datedCommitments, int findings, int boilerplateChars, int textChars) {
    }

    /** Inserts unless this version is already analysed (an upload and the save event may both try). */
    void insert(long reportId, int version, AnalysedText a, Instant now) {
        jdbc.sql("""
                        INSERT INTO report_analysis (report_id, version, text, analysis, analysis_json, quantity_count,
                            commitment_count, quantified_commitment_count, dated_commitment_count, finding_count,
                            boilerplate_chars, text_chars, analysed_at)
                        VALUES (:id, :v, :text, CAST(:json AS jsonb), :json, :q, :c, :cq, :cd, :f, :b, :t, :now)
                        ON CONFLICT (report_id, version) DO NOTHING""")
                .param("id", reportId).param("v", version).param("text", a.text()).param("json", a.json())
                .param("q", a.view().quantities().size()).param("c", a.view().commitments().size())
                .param("cq", a.quantifiedCommitments()).param("cd", a.datedCommitments())
                .param("f", a.view().findings().size()).param("b", a.boilerplateChars()).param("t", a.textChars())
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    Optional<Row> find(long reportId, int version) {
        return jdbc.sql(SELECT + " WHERE report_id = :id AND version = :v")
                .param("id", reportId).param("v", version).query(Row.class).optional();
    }

    /** The latest analysed version of a report, whatever its number. */
    Optional<Row> latest(long reportId) {
        return jdbc.sql(SELECT + " WHERE report_id = :id ORDER BY version DESC LIMIT 1")
                .param("id", reportId).query(Row.class).optional();
    }

    /** Every report's latest analysis with its organization path and campaign year, for a search rebuild. */
    void forEachLatest(Consumer<Indexed> consumer) {
        var query = jdbc.sql("""
                        SELECT DISTINCT ON (a.report_id) a.report_id, a.text, a.analysis ->> 'title' AS title,
                               o.id AS organization_id, o.name AS organization_name, o.path, c.year
                        FROM report_analysis a
                        JOIN duty_report r ON r.id = a.report_id
                        JOIN campaign c ON c.id = r.campaign_id
                        JOIN organization o ON o.id = r.organization_id
                        ORDER BY a.report_id, a.version DESC""")
                .query(Indexed.class);
        try (var rows = query.stream()) {
            rows.forEach(consumer);
        }
    }

    record Indexed(long reportId, String text, String title, long organizationId, String organizationName, String path, int year) {
    }

    List<Row> latestOfReports(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT ON (report_id) report_id, version, text, analysis_json AS json, quantity_count AS quantities,"
                        + " commitment_count AS commitments, quantified_commitment_count AS quantified_commitments,"
                        + " dated_commitment_count AS dated_commitments, finding_count AS findings, boilerplate_chars, text_chars"
                        + " FROM report_analysis WHERE report_id IN (:ids) ORDER BY report_id, version DESC")
                .param("ids", reportIds).query(Row.class).list();
    }

    private static final String SELECT = "SELECT report_id, version, text, analysis_json AS json, quantity_count AS quantities,"
            + " commitment_count AS commitments, quantified_commitment_count AS quantified_commitments,"
            + " dated_commitment_count AS dated_commitments, finding_count AS findings, boilerplate_chars, text_chars"
            + " FROM report_analysis";
}
