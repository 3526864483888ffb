package io.shuzhi.workrecord.counter;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CountingPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2015, 3, 10);

    @Test
    void fromTheStartOfTheYearItWasMadeToTheDeadline() {
        var p = CountingPeriod.of(LocalDate.of(2015, 2, 1), LocalDate.of(2015, 12, 31), TODAY);

        assertThat(p.from()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2015, 12, 31));
    }

    @Test
    void aCommitmentEnteredAfterItsDeadlineCountsItsDeadlinesYear() {
        var p = CountingPeriod.of(LocalDate.of(2016, 1, 20), LocalDate.of(2015, 12, 31), TODAY);

        assertThat(p.from()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2015, 12, 31));
    }

    @Test
    void withoutDeadlineTheYearItWasMade() {
        var p = CountingPeriod.of(null, null, TODAY);

        assertThat(p).isEqualTo(new CountingPeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)));
    }
}
