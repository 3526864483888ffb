package io.shuzhi.followup;

import io.shuzhi.commitment.CommitmentChanged;
import io.shuzhi.rectification.ProblemChanged;
import io.shuzhi.search.SearchDocument;
import io.shuzhi.search.SearchDocumentSource;
import io.shuzhi.search.SearchKind;
import io.shuzhi.search.SearchService;
import io.shuzhi.shared.tx.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Keeps problems and commitments searchable, scoped by their organization's path like reports: each change
 * replaces the item's document once committed ({@link AfterCommit}: no second pooled connection per change); for
 * a rebuild, offers all of them. Read-only SQL on the follow-up tables, as the index must be rebuildable from the
 * database alone.
 */
@Component
class FollowUpIndexer implements SearchDocumentSource {

    private static final String PROBLEMS = """
            SELECT p.id, p.number, p.year, p.description, p.measures, o.id AS organization_id, o.name AS organization_name, o.path
            FROM problem p JOIN organization o ON o.id = p.organization_id""";
    private static final String COMMITMENTS = """
            SELECT c.id, c.text, c.deadline, o.id AS organization_id, o.name AS organization_name, o.path
            FROM commitment c JOIN organization o ON o.id = c.organization_id""";

    private final SearchService search;
    private final JdbcClient jdbc;

    FollowUpIndexer(SearchService search, JdbcClient jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    @EventListener
    void onProblem(ProblemChanged event) {
        AfterCommit.run("indexing problem " + event.problemId(), () -> search.index(
                jdbc.sql(PROBLEMS + " WHERE p.id = :id").param("id", event.problemId()).query(FollowUpIndexer::problem).list()));
    }

    @EventListener
    void onCommitment(CommitmentChanged event) {
        AfterCommit.run("indexing commitment " + event.commitmentId(), () -> search.index(
                jdbc.sql(COMMITMENTS + " WHERE c.id = :id").param("id", event.commitmentId()).query(FollowUpIndexer::commitment).list()));
    }

    @Override
    public void offerAll(Consumer<SearchDocument> sink) {
        try (var rows = jdbc.sql(PROBLEMS).query(FollowUpIndexer::problem).stream()) {
            rows.forEach(sink);
        }
        try (var rows = jdbc.sql(COMMITMENTS).query(FollowUpIndexer::commitment).stream()) {
            rows.forEach(sink);
        }
    }

    private static SearchDocument problem(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String measures = rs.getString("measures");
        return new SearchDocument(SearchKind.PROBLEM, rs.getLong("id"), rs.getString("organization_name") + " 问题 " + rs.getString("number"),
                rs.getString("description") + (measures == null ? "" : "\n" + measures), rs.getInt("year"),
                rs.getLong("organization_id"), rs.getString("path"));
    }

    private static SearchDocument commitment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SearchDocument(SearchKind.COMMITMENT, rs.getLong("id"), rs.getString("organization_name") + " 承诺",
                rs.getString("text"), rs.getDate("deadline").toLocalDate().getYear(), rs.getLong("organization_id"), rs.getString("path"));
    }
}
