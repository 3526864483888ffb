package io.shuzhi.weakorg;

import io.shuzhi.account.Scope;
import io.shuzhi.organization.Level;
import io.shuzhi.organization.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
class WeakOrganizationRepository {

    private final JdbcClient jdbc;

    WeakOrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The level-only rows of {@code weak_org_quota} and the per-sector rows of {@code weak_org_sector_quota} (V201). */
    Map<BottomRanking.Group, BigDecimal> shares() {
        return jdbc.sql("""
                        SELECT level, NULL AS sector, share FROM weak_org_quota
                        UNION ALL
                        SELECT level, sector, share FROM weak_org_sector_quota""")
                .query((rs, n) -> Map.entry(new BottomRanking.Group(Level.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : Sector.valueOf(rs.getString(2))), rs.getBigDecimal(3)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, BigDecimal> weights() {
        return jdbc.sql("SELECT code, weight FROM weak_org_indicator_weight").query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Inserts unless already designated that year; answers the id either way. */
    long designate(long organizationId, int year, String designation, String reason, BigDecimal score, LocalDate deadline,
                   boolean replaceSecretary, Instant at) {
        jdbc.sql("""
                        INSERT INTO weak_organization (organization_id, year, status, designation, reason, score, deadline, replace_secretary, created_at)
                        VALUES (:org, :year, 'CONSOLIDATING', :designation, :reason, :score, :deadline, :replace, :at)
                        ON CONFLICT (organization_id, year) DO NOTHING""")
                .param("org", organizationId).param("year", year).param("designation", designation).param("reason", reason)
                .param("score", score).param("deadline", deadline).param("replace", replaceSecretary).param("at", Timestamp.from(at))
                .update();
        return jdbc.sql("SELECT id FROM weak_organization WHERE organization_id = :org AND year = :year")
                .param("org", organizationId).param("year", year).query(Long.class).single();
    }

    /** How many consecutive years before {@code year} the organization was designated. */
    int consecutiveYearsBefore(long organizationId, int year) {
        List<Integer> years = jdbc.sql("SELECT year FROM weak_organization WHERE organization_id = :org AND year < :year ORDER BY year DESC")
                .param("org", organizationId).param("year", year).query(Integer.class).list();
        int run = 0;
        for (int y : years) {
            if (y != year - 1 - run) {
                break;
            }
            run++;
        }
        return run;
    }

    void addSponsor(long weakId, String name, Long userId) {
        jdbc.sql("INSERT INTO weak_org_sponsor (weak_organization_id, name, user_id) VALUES (:id, :name, :user)")
                .param("id", weakId).param("name", name).param("user", userId).update();
    }

    void setFirstSecretary(long weakId, String name) {
        jdbc.sql("UPDATE weak_organization SET first_secretary = :name WHERE id = :id").param("id", weakId).param("name", name).update();
    }

    void addPlanProblem(long weakId, long problemId) {
        jdbc.sql("INSERT INTO weak_org_plan_problem (weak_organization_id, problem_id) VALUES (:id, :problem) ON CONFLICT DO NOTHING")
                .param("id", weakId).param("problem", problemId).update();
    }

    List<Long> planProblems(long weakId) {
        return jdbc.sql("SELECT problem_id FROM weak_org_plan_problem WHERE weak_organization_id = :id ORDER BY problem_id")
                .param("id", weakId).query(Long.class).list();
    }

    void assess(long weakId, BigDecimal score, WeakOrganizationStatus status, Instant at) {
        jdbc.sql("UPDATE weak_organization SET assessment_score = :score, status = :status, assessed_at = :at WHERE id = :id")
                .param("id", weakId).param("score", score).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    Optional<WeakOrganization> find(Scope scope, long id) {
        return list(scope, null, null, id, null).stream().findFirst();
    }

    /** Weak organizations in scope, below rootId, of a year, one id, or one status; sponsors loaded in the same pass. */
    List<WeakOrganization> list(Scope scope, Long rootId, Integer year, Long id, WeakOrganizationStatus status) {
        var rows = scope.bind(jdbc.sql("""
                        SELECT w.*, o.name AS organization_name FROM weak_organization w JOIN organization o ON o.id = w.organization_id
                        WHERE """ + Scope.sql("o") + """
                          AND (CAST(:root AS BIGINT) IS NULL OR o.path LIKE (SELECT r.path FROM organization r WHERE r.id = :root) || '%')
                          AND (CAST(:year AS INT) IS NULL OR w.year = :year)
                          AND (CAST(:id AS BIGINT) IS NULL OR w.id = :id)
                          AND (CAST(:status AS TEXT) IS NULL OR w.status = :status)
                        ORDER BY w.year DESC, o.path"""))
                .param("root", rootId).param("year", year).param("id", id).param("status", status == null ? null : status.name())
                .query((rs, n) -> new WeakOrganization(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"),
                        rs.getInt("year"), WeakOrganizationStatus.valueOf(rs.getString("status")), rs.getString("designation"),
                        rs.getString("reason"), rs.getBigDecimal("score"), rs.getObject("deadline", LocalDate.class),
                        rs.getString("first_secretary"), rs.getBoolean("replace_secretary"), rs.getBigDecimal("assessment_score"), List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<WeakOrganization.Sponsor>> sponsors = jdbc.sql(
                        "SELECT id, weak_organization_id, name, user_id FROM weak_org_sponsor WHERE weak_organization_id IN (:ids) ORDER BY id")
                .param("ids", rows.stream().map(WeakOrganization::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("weak_organization_id"),
                        new WeakOrganization.Sponsor(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("user_id"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(w -> new WeakOrganization(w.id(), w.organizationId(), w.organizationName(), w.year(), w.status(),
                w.designation(), w.reason(), w.score(), w.deadline(), w.firstSecretary(), w.replaceSecretary(), w.assessmentScore(),
                sponsors.getOrDefault(w.id(), List.of()))).toList();
    }
}
