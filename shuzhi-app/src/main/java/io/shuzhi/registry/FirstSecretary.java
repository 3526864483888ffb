package io.shuzhi.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A cadre dispatched by a higher level (派出单位) to lead a village for a period (驻村第一书记). */
public record FirstSecretary(Long id, @NotNull Long organizationId, @NotBlank @Size(max = 100) String name,
                             @NotBlank @Size(max = 200) String dispatchedBy, @NotNull LocalDate servedFrom, LocalDate servedTo) {
}
