package io.shuzhi.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimum intervals of the recruitment pipeline (发展党员), as data: an applicant must be of age when
 * applying (default 18), an activist must be trained for a period before becoming a candidate (default one
 * year), and a probationary member must serve the probation (default one year) before becoming full.
 * Configured under {@code shuzhi.registry.recruitment}.
 */
@ConfigurationProperties("shuzhi.registry.recruitment")
public record RecruitmentRules(Integer minimumAge, Period activistTraining, Period probation) {

    public RecruitmentRules {
        minimumAge = minimumAge == null ? 18 : minimumAge;
        activistTraining = activistTraining == null ? Period.ofYears(1) : activistTraining;
        probation = probation == null ? Period.ofYears(1) : probation;
    }

    public static RecruitmentRules defaults() {
        return new RecruitmentRules(null, null, null);
    }

    public enum Violation {
        /** applied before reaching the minimum age */
        UNDER_AGE,
        /** became a candidate before the activist training period was over */
        TRAINING_TOO_SHORT,
        /** became a full member before the probation was over */
        PROBATION_TOO_SHORT,
        /** a step is dated before the step it follows, or a step was skipped */
        OUT_OF_ORDER
    }

    /** The rules broken by the steps dated on or before {@code asOf}. */
    public List<Violation> check(Recruitment r, LocalDate asOf) {
        List<Violation> found = new ArrayList<>();
        if (!r.appliedOn().isAfter(asOf) && r.appliedOn().isBefore(r.birthDate().plusYears(minimumAge))) {
            found.add(Violation.UNDER_AGE);
        }
        if (dated(r.candidateOn(), asOf) && (r.activistOn() == null || r.candidateOn().isBefore(r.activistOn().plus(activistTraining)))) {
            found.add(Violation.TRAINING_TOO_SHORT);
        }
        if (dated(r.fullOn(), asOf) && (r.probationaryOn() == null || r.fullOn().isBefore(r.probationaryOn().plus(probation)))) {
            found.add(Violation.PROBATION_TOO_SHORT);
        }
        boolean outOfOrder = (dated(r.activistOn(), asOf) && r.activistOn().isBefore(r.appliedOn()))
                || (dated(r.probationaryOn(), asOf) && (r.candidateOn() == null || r.probationaryOn().isBefore(r.candidateOn())));
        if (outOfOrder) {
            found.add(Violation.OUT_OF_ORDER);
        }
        return found;
    }

    /**
     * Days a probationary member is past the end of the probation without conversion (转正) recorded, as of
     * {@code asOf}; 0 when not probationary, already full, or still within the probation.
     */
    public long conversionOverdueDays(Recruitment r, LocalDate asOf) {
        if (r.probationaryOn() == null || r.fullOn() != null || r.probationaryOn().isAfter(asOf)) {
            return 0;
        }
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(r.probationaryOn().plus(probation), asOf));
    }

    private static boolean dated(LocalDate step, LocalDate asOf) {
        return step != null && !step.isAfter(asOf);
    }

    /**
     * The same rules as one SQL condition over table alias {@code r} (parameters {@code :asOf},
     * {@code :minimumAge}, {@code :trainingMonths}, {@code :probationMonths}), for counting at any scale.
     * Kept next to {@link #check} so the two cannot drift apart; a test compares them.
     */
    public static String violationSql(String asOf) {
        return ("((r.applied_on <= :asOf AND r.applied_on < r.birth_date + make_interval(years => :minimumAge))"
                + " OR (r.candidate_on <= :asOf AND (r.activist_on IS NULL OR r.candidate_on < r.activist_on + make_interval(months => :trainingMonths)))"
                + " OR (r.full_on <= :asOf AND (r.probationary_on IS NULL OR r.full_on < r.probationary_on + make_interval(months => :probationMonths)))"
                + " OR (r.activist_on <= :asOf AND r.activist_on < r.applied_on)"
                + " OR (r.probationary_on <= :asOf AND (r.candidate_on IS NULL OR r.probationary_on < r.candidate_on)))")
                .replace(":asOf", asOf);
    }

    public int trainingMonths() {
        return (int) activistTraining.toTotalMonths();
    }

    public int probationMonths() {
        return (int) probation.toTotalMonths();
    }
}
