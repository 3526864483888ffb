package io.shuzhi.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A person in the recruitment pipeline as entered; the stage follows from the latest dated step. */
public record RecruitmentRequest(@NotNull Long organizationId, @NotBlank @Size(max = 100) String name,
                                 @NotNull LocalDate birthDate, @NotNull LocalDate appliedOn, LocalDate activistOn,
                                 LocalDate candidateOn, LocalDate probationaryOn, LocalDate fullOn) {

    Recruitment toRecruitment(Long id) {
        Recruitment r = new Recruitment(id, organizationId, name.trim(), birthDate, Recruitment.Stage.APPLICANT, appliedOn,
                activistOn, candidateOn, probationaryOn, fullOn);
        return new Recruitment(id, organizationId, name.trim(), birthDate, r.reachedStage(), appliedOn, activistOn,
                candidateOn, probationaryOn, fullOn);
    }
}
