package io.shuzhi.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * 兑现率 = fulfilled / rated. PARTLY_FULFILLED, BROKEN and UNVERIFIABLE are rated but not fulfilled; commitments
 * still open are counted apart as unrated, never silently in either column. {@code rate} is null when nothing was
 * rated (no rate is not a rate of zero).
 */
public record FulfilmentRate(int rated, int fulfilled, BigDecimal rate, int unrated) {

    public static FulfilmentRate of(Collection<CommitmentStatus> statuses) {
        int rated = (int) statuses.stream().filter(CommitmentStatus::rated).count();
        int fulfilled = (int) statuses.stream().filter(s -> s == CommitmentStatus.FULFILLED).count();
        BigDecimal rate = rated == 0 ? null : BigDecimal.valueOf(fulfilled).divide(BigDecimal.valueOf(rated), 4, RoundingMode.HALF_UP);
        return new FulfilmentRate(rated, fulfilled, rate, statuses.size() - rated);
    }
}
