package io.shuzhi.registry;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The party-and-public service centre (党群服务中心) of a village or community: floor area and the part used as
 * offices, in m². Centres are meant to serve residents, so a large office share is a finding.
 */
public record ServiceCenter(Long id, @NotNull Long organizationId, @NotNull @DecimalMin("0.1") BigDecimal floorArea,
                            @NotNull @DecimalMin("0") BigDecimal officeArea, @Size(max = 200) String openingHours,
                            LocalDate builtOn) {

    /** office area / floor area, 4 decimals. */
    public BigDecimal officeShare() {
        return officeArea.divide(floorArea, 4, java.math.RoundingMode.HALF_UP);
    }
}
