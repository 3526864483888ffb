package io.shuzhi.registry;

import java.time.LocalDate;

/**
 * One person in the recruitment pipeline (发展党员) and the date of each step reached:
 * APPLICANT → ACTIVIST → CANDIDATE → PROBATIONARY → FULL.
 */
public record Recruitment(Long id, long organizationId, String name, LocalDate birthDate, Stage stage,
                          LocalDate appliedOn, LocalDate activistOn, LocalDate candidateOn, LocalDate probationaryOn,
                          LocalDate fullOn) {

    public enum Stage { APPLICANT, ACTIVIST, CANDIDATE, PROBATIONARY, FULL }

    /** The stage the dates say the person has reached. */
    public Stage reachedStage() {
        if (fullOn != null) {
            return Stage.FULL;
        }
        if (probationaryOn != null) {
            return Stage.PROBATIONARY;
        }
        if (candidateOn != null) {
            return Stage.CANDIDATE;
        }
        return activistOn != null ? Stage.ACTIVIST : Stage.APPLICANT;
    }
}
