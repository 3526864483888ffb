package io.shuzhi.commitment;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class CommitmentRepository {

    /** A commitment with the summary of its progress, in one pass (no query per row). */
    private static final String SELECT = """
            SELECT c.*, lp.value AS latest_value, lp.recorded_at AS last_progress_at,
                   (SELECT count(*) FROM commitment_progress cp WHERE cp.commitment_id = c.id) AS progress_count
            FROM commitment c
            JOIN organization o ON o.id = c.organization_id
            LEFT JOIN LATERAL (SELECT cp.value, cp.recorded_at FROM commitment_progress cp WHERE cp.commitment_id = c.id
                               ORDER BY cp.recorded_at DESC, cp.id DESC LIMIT 1) lp ON TRUE
            """;

    private static final RowMapper<Commitment> MAPPER = (rs, n) -> {
        String comparator = rs.getString("comparator");
        Target target = comparator == null ? null : new Target(rs.getBigDecimal("target_value"), rs.getBigDecimal("target_max"),
                rs.getString("unit"), Comparator.valueOf(comparator));
        String rated = rs.getString("rated_status");
        return new Commitment(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("owner"), rs.getString("text"),
                target, rs.getObject("deadline", LocalDate.class), Period.valueOf(rs.getString("period")),
                CommitmentSource.valueOf(rs.getString("source")), rs.getString("source_ref"), rs.getTimestamp("created_at").toInstant(),
                rated == null ? null : CommitmentStatus.valueOf(rated), rs.getString("rating_reason"), rs.getString("rated_by"),
                instant(rs.getTimestamp("rated_at")), rs.getBigDecimal("latest_value"), instant(rs.getTimestamp("last_progress_at")),
                rs.getInt("progress_count"));
    };

    private final JdbcClient jdbc;

    CommitmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, String owner, String text, Target t, LocalDate deadline, Period period,
                CommitmentSource source, String sourceRef, Instant at) {
        return jdbc.sql("""
                        INSERT INTO commitment (organization_id, owner, text, target_value, target_max, unit, comparator, deadline,
                            period, source, source_ref, created_at)
                        VALUES (:org, :owner, :text, :value, :max, :unit, :comparator, :deadline, :period, :source, :sourceRef, :at)
                        RETURNING id""")
                .param("org", organizationId).param("owner", owner).param("text", text)
                .param("value", t == null ? null : t.value()).param("max", t == null ? null : t.max())
                .param("unit", t == null ? null : t.unit()).param("comparator", t == null ? null : t.comparator().name())
                .param("deadline", deadline).param("period", period.name()).param("source", source.name())
                .param("sourceRef", sourceRef).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void insertProgress(long commitmentId, BigDecimal value, String note, String evidenceKey, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO commitment_progress (commitment_id, value, note, evidence_key, recorded_at, recorded_by)
                        VALUES (:id, :value, :note, :evidence, :at, :by)""")
                .param("id", commitmentId).param("value", value).param("note", note).param("evidence", evidenceKey)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    void rate(long id, CommitmentStatus status, String reason, String by, Instant at) {
        jdbc.sql("UPDATE commitment SET rated_status = :status, rating_reason = :reason, rated_by = :by, rated_at = :at WHERE id = :id")
                .param("id", id).param("status", status == null ? null : status.name()).param("reason", reason)
                .param("by", by).param("at", at == null ? null : Timestamp.from(at)).update();
    }

    Optional<Commitment> find(Scope scope, long id) {
        return scope.bind(jdbc.sql(SELECT + " WHERE " + Scope.sql("o") + " AND c.id = :id")).param("id", id).query(MAPPER).optional();
    }

    /** In scope, below rootId (inclusive, or everywhere in scope), deadlines within [from, to] when given. */
    List<Commitment> list(Scope scope, Long rootId, LocalDate from, LocalDate to) {
        return scope.bind(jdbc.sql(SELECT + " WHERE " + Scope.sql("o") + """
                          AND (CAST(:root AS BIGINT) IS NULL OR o.path LIKE (SELECT r.path FROM organization r WHERE r.id = :root) || '%')
                          AND (CAST(:from AS DATE) IS NULL OR c.deadline >= :from)
                          AND (CAST(:to AS DATE) IS NULL OR c.deadline <= :to)
                        ORDER BY c.deadline, c.id LIMIT 5000"""))
                .param("root", rootId).param("from", from).param("to", to).query(MAPPER).list();
    }

    List<Commitment> ofOrganizations(Collection<Long> organizationIds, LocalDate from, LocalDate to) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE c.organization_id IN (:ids) AND c.deadline BETWEEN :from AND :to ORDER BY c.id")
                .param("ids", List.copyOf(organizationIds)).param("from", from).param("to", to).query(MAPPER).list();
    }

    /** Commitments nobody has rated yet, across the tree (system work: warnings, reminders). */
    List<Commitment> unrated() {
        return jdbc.sql(SELECT + " WHERE c.rated_status IS NULL ORDER BY c.id").query(MAPPER).list();
    }

    List<Progress> progress(long commitmentId) {
        return jdbc.sql("SELECT * FROM commitment_progress WHERE commitment_id = :id ORDER BY recorded_at, id")
                .param("id", commitmentId)
                .query((rs, n) -> new Progress(rs.getLong("id"), rs.getLong("commitment_id"), rs.getBigDecimal("value"),
                        rs.getString("note"), rs.getString("evidence_key"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"))).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
