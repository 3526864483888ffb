package io.shuzhi.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 组建率: the share of units (private enterprises or social organizations) covered by a party organization,
 * their own or a joint one. E.g. 204 enterprises, 48 with their own and 58 in joint branches: 106 / 204 = 52%.
 */
public record FormationRate(long own, long joint, long none) {

    public FormationRate {
        if (own < 0 || joint < 0 || none < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public long total() {
        return own + joint + none;
    }

    /** (own + joint) / total to 4 decimals; null when there are no units (a rate of nothing is not 0%). */
    public BigDecimal rate() {
        return share(own + joint, total());
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
