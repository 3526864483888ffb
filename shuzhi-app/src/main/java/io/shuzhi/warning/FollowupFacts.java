package io.shuzhi.warning;

import io.shuzhi.commitment.CommitmentQueries;
import io.shuzhi.commitment.CommitmentStatus;
import io.shuzhi.rectification.ProblemQueries;
import io.shuzhi.weakorg.WeakOrganizationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The facts the follow-up knows today: problems, commitments, weak organizations. */
@Configuration(proxyBeanMethods = false)
class FollowupFacts {

    /** PROBLEM: OVERDUE_DAYS (0 when not overdue). */
    @Bean
    WarningFacts problemFacts(ProblemQueries problems, Clock clock) {
        return facts(SubjectType.PROBLEM, () -> {
            LocalDate today = LocalDate.now(clock);
            return problems.allNotClosed().stream().map(p -> new Subject(SubjectType.PROBLEM, p.id(), p.organizationId(),
                    p.number(), "/problems/" + p.id(), Map.of("OVERDUE_DAYS", BigDecimal.valueOf(p.overdueDays(today))))).toList();
        });
    }

    /** COMMITMENT: STALLED (1/0) and OVERDUE_DAYS (past the deadline and still unrated). */
    @Bean
    WarningFacts commitmentFacts(CommitmentQueries commitments, Clock clock) {
        return facts(SubjectType.COMMITMENT, () -> {
            LocalDate today = LocalDate.now(clock);
            return commitments.allUnrated().stream().map(j -> new Subject(SubjectType.COMMITMENT, j.commitment().id(),
                    j.commitment().organizationId(), abbreviate(j.commitment().text()), "/commitments/" + j.commitment().id(),
                    Map.of("STALLED", j.status() == CommitmentStatus.STALLED ? BigDecimal.ONE : BigDecimal.ZERO,
                            "OVERDUE_DAYS", BigDecimal.valueOf(Math.max(0, ChronoUnit.DAYS.between(j.commitment().deadline(), today))))))
                    .toList();
        });
    }

    /** ORGANIZATION: WEAK_DAYS_PAST_DEADLINE, for weak organizations not turned around by their deadline. */
    @Bean
    WarningFacts organizationFacts(WeakOrganizationService weak, Clock clock) {
        return facts(SubjectType.ORGANIZATION, () -> {
            LocalDate today = LocalDate.now(clock);
            return weak.allConsolidating().stream().map(w -> new Subject(SubjectType.ORGANIZATION, w.organizationId(), w.organizationId(),
                    w.organizationName(), "/weak-organizations/" + w.id(),
                    Map.of("WEAK_DAYS_PAST_DEADLINE", BigDecimal.valueOf(Math.max(0, ChronoUnit.DAYS.between(w.deadline(), today))))))
                    .toList();
        });
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static WarningFacts facts(SubjectType type, java.util.function.Supplier<java.util.List<Subject>> subjects) {
        return new WarningFacts() {
            @Override
            public SubjectType type() {
                return type;
            }

            @Override
            public java.util.List<Subject> subjects() {
                return subjects.get();
            }
        };
    }
}
