package io.shuzhi.commitment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * {@code shuzhi.followup.commitments.*}.
 *
 * @param stallDays       no progress for this many days makes a commitment STALLED
 * @param approxTolerance relative tolerance of an APPROX target (0.1 = ±10%)
 */
@ConfigurationProperties("shuzhi.followup.commitments")
public record CommitmentProperties(Integer stallDays, BigDecimal approxTolerance) {

    public CommitmentProperties {
        stallDays = stallDays == null ? 30 : stallDays;
        approxTolerance = approxTolerance == null ? new BigDecimal("0.10") : approxTolerance;
    }
}
