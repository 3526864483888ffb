package io.shuzhi.warning;

import io.shuzhi.registry.RecruitmentRules;
import io.shuzhi.registry.RecruitmentService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The facts the registry knows about people. MEMBER subjects are the recruitment records (发展党员) — the
 * probationary members and those in the pipeline — keyed by the recruitment id; the label is the name only, never
 * an ID number or a phone (the recruitment record holds neither).
 * <p>No CADRE facts: the village-cadre records carry post, rank, term and pay, and no local rule found warns about a
 * cadre person on those (age limits and pay standards vary and are not in the data as rules). The documented cadre
 * warning — the secretary post vacant for more than three months — is about the organization, not a person.
 */
@Configuration(proxyBeanMethods = false)
class RegistryFacts {

    /** MEMBER: PROBATION_OVERDUE_DAYS (past the probation without conversion) and RECRUITMENT_VIOLATIONS (rules broken). */
    @Bean
    WarningFacts memberFacts(RecruitmentService recruitment, RecruitmentRules rules, Clock clock) {
        return new WarningFacts() {
            @Override
            public SubjectType type() {
                return SubjectType.MEMBER;
            }

            @Override
            public List<Subject> subjects() {
                LocalDate today = LocalDate.now(clock);
                return recruitment.allOpenOrFlagged().stream().map(f -> new Subject(SubjectType.MEMBER, f.recruitment().id(),
                        f.recruitment().organizationId(), f.recruitment().name(),
                        "/registry/records?type=recruitment&organizationId=" + f.recruitment().organizationId(),
                        Map.of("PROBATION_OVERDUE_DAYS", BigDecimal.valueOf(rules.conversionOverdueDays(f.recruitment(), today)),
                                "RECRUITMENT_VIOLATIONS", BigDecimal.valueOf(f.violations().size())))).toList();
            }
        };
    }
}
