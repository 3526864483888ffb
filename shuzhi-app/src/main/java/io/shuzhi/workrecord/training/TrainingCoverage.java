package io.shuzhi.workrecord.training;

import io.shuzhi.workrecord.TrainingPopulation;
import io.shuzhi.workrecord.summary.ActivityFilter;
import io.shuzhi.workrecord.summary.ActivitySummary;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * "村'两委'干部轮训一遍": people trained in the year against the population, per role. A role counts only where a
 * population is known, and never above it, so two courses for the same cadres cannot show 200%.
 */
@Component
public class TrainingCoverage {

    private final JdbcClient jdbc;
    private final TrainingPopulation population;

    TrainingCoverage(JdbcClient jdbc, TrainingPopulation population) {
        this.jdbc = jdbc;
        this.population = population;
    }

    public ActivitySummary.Coverage coverage(ActivityFilter filter) {
        return combine(trained(filter), population.headcounts(filter.scope(), filter.rootPath()));
    }

    static ActivitySummary.Coverage combine(Map<TrainingRole, Integer> trained, Map<TrainingRole, Integer> population) {
        int covered = 0;
        int total = 0;
        for (var e : population.entrySet()) {
            total += e.getValue();
            covered += Math.min(e.getValue(), trained.getOrDefault(e.getKey(), 0));
        }
        return new ActivitySummary.Coverage(covered, total);
    }

    Map<TrainingRole, Integer> trained(ActivityFilter filter) {
        Map<TrainingRole, Integer> result = new EnumMap<>(TrainingRole.class);
        filter.scope().bind(jdbc.sql("SELECT p.role, sum(p.headcount) AS trained FROM training t"
                        + " JOIN training_participant p ON p.training_id = t.id JOIN organization o ON o.id = t.organization_id"
                        + " WHERE t.start_date BETWEEN :from AND :to AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o")
                        + " GROUP BY p.role"))
                .param("from", filter.from()).param("to", filter.to()).param("rootPath", filter.rootPath())
                .query((rs, n) -> Map.entry(TrainingRole.valueOf(rs.getString("role")), rs.getInt("trained")))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
