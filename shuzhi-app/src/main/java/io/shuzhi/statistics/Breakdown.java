package io.shuzhi.statistics;

import java.math.BigDecimal;

/** Figures of one direct child of the organization viewed (its whole subtree), for comparison and drill-down. */
public record Breakdown(long organizationId, String name, String level, long members, long young, long middle, long old,
                        long mobile, long privateEnterprises, long formed) {

    public BigDecimal formationRate() {
        return FormationRate.share(formed, privateEnterprises);
    }
}
