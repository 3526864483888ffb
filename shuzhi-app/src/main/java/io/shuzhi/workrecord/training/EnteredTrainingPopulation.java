package io.shuzhi.workrecord.training;

import io.shuzhi.workrecord.TrainingPopulation;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/** The population as entered by the organization department in {@code training_population}, summed over the subtree. */
@Component
class EnteredTrainingPopulation implements TrainingPopulation {

    private final JdbcClient jdbc;

    EnteredTrainingPopulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<TrainingRole, Integer> headcounts(Scope scope, String rootPath) {
        Map<TrainingRole, Integer> result = new EnumMap<>(TrainingRole.class);
        scope.bind(jdbc.sql("SELECT p.role, sum(p.headcount) AS total FROM training_population p"
                        + " JOIN organization o ON o.id = p.organization_id WHERE o.path LIKE :rootPath || '%' AND "
                        + Scope.sql("o") + " GROUP BY p.role"))
                .param("rootPath", rootPath)
                .query((rs, n) -> Map.entry(TrainingRole.valueOf(rs.getString("role")), rs.getInt("total")))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
