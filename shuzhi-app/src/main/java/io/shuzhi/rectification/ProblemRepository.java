package io.shuzhi.rectification;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
class ProblemRepository {

    static final String COLUMNS = """
            p.id, p.organization_id, p.number, p.year, p.source, p.source_ref, p.description, p.root_cause, p.severity,
            p.responsible_person, p.measures, p.standard, p.due_date, p.status, p.created_at, p.last_activity_at,
            p.closed_at, p.closed_by, p.close_reason""";

    static final RowMapper<Problem> MAPPER = (rs, n) -> new Problem(rs.getLong("id"), rs.getLong("organization_id"),
            rs.getString("number"), rs.getInt("year"), ProblemSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
            rs.getString("description"), rs.getString("root_cause"), Severity.valueOf(rs.getString("severity")),
            rs.getString("responsible_person"), rs.getString("measures"), rs.getString("standard"),
            rs.getObject("due_date", LocalDate.class), ProblemStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_activity_at").toInstant(),
            instant(rs.getTimestamp("closed_at")), rs.getString("closed_by"), rs.getString("close_reason"));

    private final JdbcClient jdbc;

    ProblemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number for (organization, year); the upsert locks the row, so concurrent callers queue. */
    int nextSequence(long organizationId, int year) {
        return jdbc.sql("""
                        INSERT INTO problem_sequence (organization_id, year, last_value) VALUES (:org, :year, 1)
                        ON CONFLICT (organization_id, year) DO UPDATE SET last_value = problem_sequence.last_value + 1
                        RETURNING last_value""")
                .param("org", organizationId).param("year", year).query(Integer.class).single();
    }

    long insert(Problem p) {
        return jdbc.sql("""
                        INSERT INTO problem (organization_id, number, year, source, source_ref, description, root_cause, severity,
                            responsible_person, measures, standard, due_date, status, created_at, last_activity_at)
                        VALUES (:org, :number, :year, :source, :sourceRef, :description, :rootCause, :severity,
                            :responsible, :measures, :standard, :dueDate, :status, :createdAt, :createdAt)
                        RETURNING id""")
                .param("org", p.organizationId()).param("number", p.number()).param("year", p.year())
                .param("source", p.source().name()).param("sourceRef", p.sourceRef()).param("description", p.description())
                .param("rootCause", p.rootCause()).param("severity", p.severity().name())
                .param("responsible", p.responsiblePerson()).param("measures", p.measures()).param("standard", p.standard())
                .param("dueDate", p.dueDate()).param("status", p.status().name()).param("createdAt", Timestamp.from(p.createdAt()))
                .query(Long.class).single();
    }

    void update(Problem p) {
        jdbc.sql("""
                        UPDATE problem SET description = :description, root_cause = :rootCause, severity = :severity,
                            responsible_person = :responsible, measures = :measures, standard = :standard, due_date = :dueDate,
                            status = :status, last_activity_at = :activity, closed_at = :closedAt, closed_by = :closedBy,
                            close_reason = :closeReason, version = version + 1
                        WHERE id = :id""")
                .param("id", p.id()).param("description", p.description()).param("rootCause", p.rootCause())
                .param("severity", p.severity().name()).param("responsible", p.responsiblePerson())
                .param("measures", p.measures()).param("standard", p.standard()).param("dueDate", p.dueDate())
                .param("status", p.status().name()).param("activity", Timestamp.from(p.lastActivityAt()))
                .param("closedAt", p.closedAt() == null ? null : Timestamp.from(p.closedAt()))
                .param("closedBy", p.closedBy()).param("closeReason", p.closeReason())
                .update();
    }

    void recordEvent(long problemId, ProblemStatus from, ProblemStatus to, String actor, String reason, Instant at) {
        jdbc.sql("INSERT INTO problem_event (problem_id, from_status, to_status, actor, reason, at) VALUES (:id, :from, :to, :actor, :reason, :at)")
                .param("id", problemId).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("actor", actor).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    List<ProblemEvent> events(long problemId) {
        return jdbc.sql("SELECT from_status, to_status, actor, reason, at FROM problem_event WHERE problem_id = :id ORDER BY at, id")
                .param("id", problemId)
                .query((rs, n) -> new ProblemEvent(rs.getString(1) == null ? null : ProblemStatus.valueOf(rs.getString(1)),
                        ProblemStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Locks the row for the rest of the transaction, so two reviewers cannot both act on the same state. */
    Optional<Problem> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM problem p WHERE p.id = :id FOR UPDATE")
                .param("id", id).query(MAPPER).optional();
    }

    Optional<Problem> find(Scope scope, long id) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM problem p JOIN organization o ON o.id = p.organization_id"
                        + " WHERE " + Scope.sql("o") + " AND p.id = :id"))
                .param("id", id).query(MAPPER).optional();
    }

    /** Problems in scope below {@code rootId} (or everywhere in scope), optionally one status and only overdue ones. */
    List<Problem> list(Scope scope, Long rootId, ProblemStatus status, LocalDate overdueOn) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS + """
                         FROM problem p JOIN organization o ON o.id = p.organization_id
                        WHERE """ + Scope.sql("o") + """
                          AND (CAST(:root AS BIGINT) IS NULL OR o.path LIKE (SELECT r.path FROM organization r WHERE r.id = :root) || '%')
                          AND (CAST(:status AS TEXT) IS NULL OR p.status = :status)
                          AND (CAST(:today AS DATE) IS NULL OR (p.status <> 'CLOSED' AND p.due_date < :today))
                        ORDER BY p.due_date, p.id LIMIT 5000"""))
                .param("root", rootId).param("status", status == null ? null : status.name()).param("today", overdueOn)
                .query(MAPPER).list();
    }

    List<Problem> ofOrganizationAndYear(long organizationId, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM problem p WHERE p.organization_id = :org AND p.year = :year ORDER BY p.id")
                .param("org", organizationId).param("year", year).query(MAPPER).list();
    }

    List<Problem> raisedFrom(ProblemSource source, String sourceRef) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM problem p WHERE p.source = :source AND p.source_ref = :ref ORDER BY p.id")
                .param("source", source.name()).param("ref", sourceRef).query(MAPPER).list();
    }

    /** Every problem not closed, across the whole tree: for warnings and reminders (system work, unscoped). */
    List<Problem> allNotClosed() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM problem p WHERE p.status <> 'CLOSED' ORDER BY p.id")
                .query(MAPPER).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
