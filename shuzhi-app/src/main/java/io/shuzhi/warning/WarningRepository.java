package io.shuzhi.warning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Repository
class WarningRepository {

    private final JdbcClient jdbc;

    WarningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises recomputations across threads and nodes until the transaction ends. */
    void lockRecompute() {
        jdbc.sql("SELECT pg_advisory_xact_lock(200001)").query((rs, n) -> 1).list();
    }

    List<WarningRule> activeRules() {
        return jdbc.sql("SELECT code, subject_type, fact, operator, threshold, color FROM warning_rule WHERE active ORDER BY id")
                .query((rs, n) -> new WarningRule(rs.getString("code"), SubjectType.valueOf(rs.getString("subject_type")),
                        rs.getString("fact"), rs.getString("operator"), rs.getBigDecimal("threshold"), WarningColor.valueOf(rs.getString("color"))))
                .list();
    }

    record State(SubjectType type, long id, long organizationId, WarningColor color, String rule, Instant since) {
        String key() {
            return type + ":" + id;
        }
    }

    Map<String, State> states() {
        return jdbc.sql("SELECT * FROM warning_state").query((rs, n) -> new State(SubjectType.valueOf(rs.getString("subject_type")),
                        rs.getLong("subject_id"), rs.getLong("organization_id"), WarningColor.valueOf(rs.getString("color")),
                        rs.getString("rule_code"), rs.getTimestamp("since").toInstant()))
                .list().stream().collect(Collectors.toMap(State::key, s -> s));
    }

    void saveState(State s) {
        jdbc.sql("""
                        INSERT INTO warning_state (subject_type, subject_id, organization_id, color, rule_code, since)
                        VALUES (:type, :id, :org, :color, :rule, :since)
                        ON CONFLICT (subject_type, subject_id) DO UPDATE SET color = :color, rule_code = :rule, since = :since""")
                .param("type", s.type().name()).param("id", s.id()).param("org", s.organizationId()).param("color", s.color().name())
                .param("rule", s.rule()).param("since", Timestamp.from(s.since())).update();
    }

    void deleteState(SubjectType type, long id) {
        jdbc.sql("DELETE FROM warning_state WHERE subject_type = :type AND subject_id = :id").param("type", type.name()).param("id", id).update();
    }

    void history(SubjectType type, long id, long organizationId, WarningColor from, WarningColor to, String rule, String reason,
                 String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO warning_history (subject_type, subject_id, organization_id, from_color, to_color, rule_code, reason, actor, at)
                        VALUES (:type, :id, :org, :from, :to, :rule, :reason, :actor, :at)""")
                .param("type", type.name()).param("id", id).param("org", organizationId)
                .param("from", from == null ? null : from.name()).param("to", to == null ? null : to.name())
                .param("rule", rule).param("reason", reason).param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    record Override(WarningColor color, String reason, String approver, Instant at) {
    }

    Map<String, Override> overrides() {
        return jdbc.sql("SELECT * FROM warning_override").query((rs, n) -> Map.entry(rs.getString("subject_type") + ":" + rs.getLong("subject_id"),
                        new Override(rs.getString("color") == null ? null : WarningColor.valueOf(rs.getString("color")),
                                rs.getString("reason"), rs.getString("approver"), rs.getTimestamp("at").toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveOverride(SubjectType type, long id, WarningColor color, String reason, String approver, Instant at) {
        jdbc.sql("""
                        INSERT INTO warning_override (subject_type, subject_id, color, reason, approver, at)
                        VALUES (:type, :id, :color, :reason, :approver, :at)
                        ON CONFLICT (subject_type, subject_id) DO UPDATE SET color = :color, reason = :reason, approver = :approver, at = :at""")
                .param("type", type.name()).param("id", id).param("color", color == null ? null : color.name())
                .param("reason", reason).param("approver", approver).param("at", Timestamp.from(at)).update();
    }

    public record HistoryEntry(WarningColor from, WarningColor to, String rule, String reason, String actor, Instant at) {
    }

    List<HistoryEntry> historyOf(SubjectType type, long id) {
        return jdbc.sql("SELECT * FROM warning_history WHERE subject_type = :type AND subject_id = :id ORDER BY at, id")
                .param("type", type.name()).param("id", id)
                .query((rs, n) -> new HistoryEntry(color(rs.getString("from_color")), color(rs.getString("to_color")),
                        rs.getString("rule_code"), rs.getString("reason"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** The organization a subject belonged to when last recorded, for scoping its history. */
    Long organizationOf(SubjectType type, long id) {
        return jdbc.sql("SELECT organization_id FROM warning_history WHERE subject_type = :type AND subject_id = :id ORDER BY id DESC LIMIT 1")
                .param("type", type.name()).param("id", id).query(Long.class).optional().orElse(null);
    }

    private static WarningColor color(String s) {
        return s == null ? null : WarningColor.valueOf(s);
    }
}
