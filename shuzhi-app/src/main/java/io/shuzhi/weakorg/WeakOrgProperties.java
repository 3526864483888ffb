package io.shuzhi.weakorg;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * {@code shuzhi.followup.weak.*}.
 *
 * @param passMark              turnaround assessment score at or above which the organization is TURNED_AROUND
 * @param replaceAfterYears     designated this many years running flags the secretary for replacement
 * @param openProblemPenalty    points the PROBLEMS indicator loses per open problem
 * @param overdueProblemPenalty further points lost per overdue problem
 */
@ConfigurationProperties("shuzhi.followup.weak")
public record WeakOrgProperties(BigDecimal passMark, Integer replaceAfterYears, BigDecimal openProblemPenalty,
                                BigDecimal overdueProblemPenalty) {

    public WeakOrgProperties {
        passMark = passMark == null ? BigDecimal.valueOf(70) : passMark;
        replaceAfterYears = replaceAfterYears == null ? 2 : replaceAfterYears;
        openProblemPenalty = openProblemPenalty == null ? BigDecimal.valueOf(5) : openProblemPenalty;
        overdueProblemPenalty = overdueProblemPenalty == null ? BigDecimal.valueOf(15) : overdueProblemPenalty;
    }
}
