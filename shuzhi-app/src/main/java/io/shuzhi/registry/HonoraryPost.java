package io.shuzhi.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An honorary secretary or director (名誉书记/名誉主任): an outside supporter of a village, e.g. an entrepreneur. */
public record HonoraryPost(Long id, @NotNull Long organizationId, @NotBlank @Size(max = 100) String name,
                           @NotNull Title title, @Size(max = 200) String affiliation, @NotNull LocalDate servedFrom,
                           LocalDate servedTo) {

    public enum Title { HONORARY_SECRETARY, HONORARY_DIRECTOR }
}
