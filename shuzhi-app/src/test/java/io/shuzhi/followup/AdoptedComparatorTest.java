package io.shuzhi.followup;

import io.shuzhi.commitment.Comparator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** How an analysed commitment's comparator becomes the tracked commitment's. */
class AdoptedComparatorTest {

    @Test
    void aPlainNumberIsAFloor() {
        assertThat(ReviewFollowUp.comparatorOf(BigDecimal.TEN, null, "EXACT")).isEqualTo(Comparator.AT_LEAST);
        assertThat(ReviewFollowUp.comparatorOf(BigDecimal.TEN, null, null)).isEqualTo(Comparator.AT_LEAST);
    }

    @Test
    void upperBoundsAndApproximationsAreKept() {
        assertThat(ReviewFollowUp.comparatorOf(BigDecimal.TEN, null, "AT_MOST")).isEqualTo(Comparator.AT_MOST);
        assertThat(ReviewFollowUp.comparatorOf(BigDecimal.TEN, null, "APPROX")).isEqualTo(Comparator.APPROX);
        assertThat(ReviewFollowUp.comparatorOf(BigDecimal.TEN, null, "MORE_THAN")).isEqualTo(Comparator.MORE_THAN);
    }

    @Test
    void rangesAndUnquantifiedCommitments() {
        assertThat(ReviewFollowUp.comparatorOf(BigDecimal.ONE, BigDecimal.valueOf(2), "RANGE")).isEqualTo(Comparator.RANGE);
        assertThat(ReviewFollowUp.comparatorOf(null, null, null)).isNull();
    }
}
