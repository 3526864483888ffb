package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The recruitment pipeline. Steps are recorded with their dates; the interval rules are not enforced on entry
 * (the record must say what really happened) but every breach is flagged, listed and counted.
 */
@Service
@Transactional(readOnly = true)
public class RecruitmentService {

    private static final String COLUMNS = """
            r.id, r.organization_id, r.name, r.birth_date, r.stage, r.applied_on, r.activist_on, r.candidate_on,
            r.probationary_on, r.full_on""";

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final RecruitmentRules rules;
    private final AuditLog audit;
    private final Clock clock;

    RecruitmentService(JdbcClient jdbc, RegistryAccess access, RecruitmentRules rules, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public record Flagged(Recruitment recruitment, List<RecruitmentRules.Violation> violations) {
    }

    public List<Flagged> list(Caller caller, long organizationId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT " + COLUMNS + " FROM recruitment r JOIN organization o ON o.id = r.organization_id"
                        + " WHERE o.path LIKE :rootPath || '%' ORDER BY o.path, r.applied_on, r.id")
                .param("rootPath", access.readable(caller, organizationId).path()).query(Recruitment.class).stream()
                .map(r -> new Flagged(r, rules.check(r, today))).toList();
    }

    /**
     * Across the tree, everyone still in the pipeline or whose recorded steps break a rule, with the breaches;
     * system call (warnings). Names and dates only: the recruitment record holds no ID number or phone.
     */
    public List<Flagged> allOpenOrFlagged() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT " + COLUMNS + " FROM recruitment r WHERE r.full_on IS NULL OR " + RecruitmentRules.violationSql(":asOf")
                        + " ORDER BY r.id")
                .param("asOf", today).param("minimumAge", rules.minimumAge()).param("trainingMonths", rules.trainingMonths())
                .param("probationMonths", rules.probationMonths())
                .query(Recruitment.class).stream().map(r -> new Flagged(r, rules.check(r, today))).toList();
    }

    @Transactional
    public Flagged record(Caller caller, RecruitmentRequest request) {
        access.writable(caller, request.organizationId());
        Recruitment r = request.toRecruitment(null);
        LocalDate today = LocalDate.now(clock);
        for (LocalDate step : List.of(r.appliedOn(), orFar(r.activistOn()), orFar(r.candidateOn()), orFar(r.probationaryOn()), orFar(r.fullOn()))) {
            if (!step.equals(LocalDate.MIN) && step.isAfter(today)) {
                throw new InvalidInputException("recruitment.future-date", "appliedOn", "各环节日期不能晚于今天 / Steps cannot be dated in the future");
            }
        }
        long id = jdbc.sql("""
                        INSERT INTO recruitment (organization_id, name, birth_date, stage, applied_on, activist_on, candidate_on,
                            probationary_on, full_on)
                        VALUES (:org, :name, :birthDate, :stage, :applied, :activist, :candidate, :probationary, :full) RETURNING id""")
                .param("org", r.organizationId()).param("name", r.name()).param("birthDate", r.birthDate())
                .param("stage", r.stage().name()).param("applied", r.appliedOn()).param("activist", r.activistOn())
                .param("candidate", r.candidateOn()).param("probationary", r.probationaryOn()).param("full", r.fullOn())
                .query(Long.class).single();
        Recruitment stored = request.toRecruitment(id);
        List<RecruitmentRules.Violation> violations = rules.check(stored, today);
        audit.record("recruitment.recorded", "Recruitment", id, r.organizationId(), null,
                java.util.Map.of("stage", stored.stage(), "violations", violations));
        return new Flagged(stored, violations);
    }

    private static LocalDate orFar(LocalDate d) {
        return d == null ? LocalDate.MIN : d;
    }
}
