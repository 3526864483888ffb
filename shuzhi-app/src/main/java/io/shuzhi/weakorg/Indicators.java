package io.shuzhi.weakorg;

import io.shuzhi.commitment.CommitmentQueries;
import io.shuzhi.commitment.FulfilmentRate;
import io.shuzhi.organization.Organization;
import io.shuzhi.rectification.ProblemCounts;
import io.shuzhi.rectification.ProblemQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The indicators available from the follow-up itself; the registry can add its own beans later. */
@Configuration(proxyBeanMethods = false)
class Indicators {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** PROBLEMS: 100 less a penalty per open and per overdue problem (never below 0). Every organization has a value. */
    @Bean
    WeakOrganizationIndicator problemsIndicator(ProblemQueries problems, WeakOrgProperties properties) {
        return new Named("PROBLEMS", (orgs, year) -> {
            Map<Long, ProblemCounts> counts = problems.countsByOrganization(ids(orgs));
            Map<Long, BigDecimal> scores = new HashMap<>();
            for (Organization o : orgs) {
                ProblemCounts c = counts.getOrDefault(o.id(), new ProblemCounts(o.id(), 0, 0));
                BigDecimal score = HUNDRED.subtract(properties.openProblemPenalty().multiply(BigDecimal.valueOf(c.open())))
                        .subtract(properties.overdueProblemPenalty().multiply(BigDecimal.valueOf(c.overdue())));
                scores.put(o.id(), score.max(BigDecimal.ZERO));
            }
            return scores;
        });
    }

    /** FULFILMENT: the organization's own fulfilment rate that year × 100; no data when nothing was rated. */
    @Bean
    WeakOrganizationIndicator fulfilmentIndicator(CommitmentQueries commitments) {
        return new Named("FULFILMENT", (orgs, year) -> commitments.fulfilmentByOrganization(ids(orgs), year).entrySet().stream()
                .filter(e -> e.getValue().rate() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> rateTimes100(e.getValue()))));
    }

    /** MANUAL_SCORE: a score the organization department entered (e.g. from a satisfaction survey or site visit). */
    @Bean
    WeakOrganizationIndicator manualScoreIndicator(JdbcClient jdbc) {
        return new Named("MANUAL_SCORE", (orgs, year) -> orgs.isEmpty() ? Map.of() : jdbc.sql(
                        "SELECT organization_id, score FROM weak_org_manual_score WHERE year = :year AND organization_id IN (:ids)")
                .param("year", year).param("ids", ids(orgs))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static BigDecimal rateTimes100(FulfilmentRate r) {
        return r.rate().multiply(HUNDRED);
    }

    private static List<Long> ids(Collection<Organization> orgs) {
        return orgs.stream().map(Organization::id).toList();
    }

    interface Scorer {
        Map<Long, BigDecimal> scores(Collection<Organization> organizations, int year);
    }

    record Named(String code, Scorer scorer) implements WeakOrganizationIndicator {
        @Override
        public Map<Long, BigDecimal> scores(Collection<Organization> organizations, int year) {
            return scorer.scores(organizations, year);
        }
    }
}
