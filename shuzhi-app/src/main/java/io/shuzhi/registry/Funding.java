package io.shuzhi.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Money that reached one village or community in one year, in fen: the transfer payment (村级转移支付), the
 * operating funds (工作经费) and the collective income (集体经济收入, may be negative after losses).
 */
public record Funding(Long id, @NotNull Long organizationId, @NotNull @Min(1949) @Max(2200) Integer year,
                      @NotNull @Min(0) Long transferPayment, @NotNull @Min(0) Long operatingFunds,
                      @NotNull Long collectiveIncome) {
}
