package io.shuzhi.rectification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Unscoped reads for system work in other features (warnings, reminders, weak-organization ranking). */
@Service
@Transactional(readOnly = true)
public class ProblemQueries {

    private final ProblemRepository problems;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProblemQueries(ProblemRepository problems, JdbcClient jdbc, Clock clock) {
        this.problems = problems;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Problem> allNotClosed() {
        return problems.allNotClosed();
    }

    /** The problems already raised from one source (a critique, a report), so raising again does not duplicate them. */
    public List<Problem> raisedFrom(ProblemSource source, String sourceRef) {
        return problems.raisedFrom(source, sourceRef);
    }

    /** Open and overdue counts per organization, in one query; organizations without problems are absent. */
    public Map<Long, ProblemCounts> countsByOrganization(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT organization_id, count(*) AS open, count(*) FILTER (WHERE due_date < :today) AS overdue
                        FROM problem WHERE status <> 'CLOSED' AND organization_id IN (:ids) GROUP BY organization_id""")
                .param("today", LocalDate.now(clock)).param("ids", List.copyOf(organizationIds))
                .query((rs, n) -> new ProblemCounts(rs.getLong("organization_id"), rs.getInt("open"), rs.getInt("overdue")))
                .list().stream().collect(Collectors.toMap(ProblemCounts::organizationId, Function.identity()));
    }
}
