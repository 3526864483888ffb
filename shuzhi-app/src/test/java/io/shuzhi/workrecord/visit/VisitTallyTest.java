package io.shuzhi.workrecord.visit;

import io.shuzhi.workrecord.counter.CounterValues;
import io.shuzhi.workrecord.summary.ActivityFilter;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.shuzhi.workrecord.visit.Visits.*;
import static org.assertj.core.api.Assertions.assertThat;

class VisitTallyTest {

    static final LocalDate D = LocalDate.of(2015, 3, 2);

    @Test
    void aVillageVisitedTwiceCountsOnceAmongPlacesButTwiceAmongVisits() {
        var tally = new VisitTally(List.of(visit(D, Purpose.RESEARCH, VILLAGE_1), visit(D.plusDays(1), Purpose.RESEARCH, VILLAGE_1),
                visit(D.plusDays(2), Purpose.SUPERVISION, VILLAGE_2), visit(D.plusDays(3), Purpose.RESEARCH, VILLAGE_3),
                visit(D.plusDays(4), Purpose.REVISIT, COMMUNITY)), "/1/");

        assertThat(tally.fieldVisits()).isEqualTo(5);
        assertThat(tally.organizationsVisited()).isEqualTo(4);
        assertThat(tally.villagesVisited()).isEqualTo(3);
        assertThat(tally.supervisionVisits()).isEqualTo(1);
    }

    @Test
    void placesOutsideTheSubtreeDoNotCount() {
        var tally = new VisitTally(List.of(visit(D, Purpose.RESEARCH, VILLAGE_1, ELSEWHERE)), "/1/");

        assertThat(tally.organizationsVisited()).isEqualTo(1);
        assertThat(tally.villagesVisited()).isEqualTo(1);
    }

    @Test
    void oneVisitToSeveralVillagesCountsEachVillage() {
        var tally = new VisitTally(List.of(visit(D, Purpose.RESEARCH, VILLAGE_1, VILLAGE_2, VILLAGE_3)), "/1/");

        assertThat(tally.fieldVisits()).isEqualTo(1);
        assertThat(tally.villagesVisited()).isEqualTo(3);
    }

    @Test
    void fewestSupervisionVisitsPerTownshipIsTheWeakestTownship() {
        var tally = new VisitTally(List.of(visit(D, Purpose.SUPERVISION, VILLAGE_1), visit(D, Purpose.SUPERVISION, TOWN_A),
                visit(D, Purpose.SUPERVISION, VILLAGE_3), visit(D, Purpose.RESEARCH, TOWN_B)), "/1/");

        assertThat(tally.fewestSupervisionVisitsPerTownship(List.of(TOWN_A, TOWN_B))).isEqualTo(1);
        assertThat(tally.fewestSupervisionVisitsPerTownship(List.of(TOWN_A))).isEqualTo(2);
        assertThat(tally.fewestSupervisionVisitsPerTownship(List.of())).isZero();
    }

    @Test
    void fieldDaysCountDistinctDaysIncludingMultiDayVisits() {
        var tally = new VisitTally(List.of(visit(D, Purpose.RESEARCH, VILLAGE_1), visit(D, Purpose.RESEARCH, VILLAGE_2),
                visit(D.plusDays(10), D.plusDays(12), Purpose.RESEARCH, VILLAGE_3)), "/1/");

        assertThat(tally.fieldDays()).isEqualTo(4);
    }

    @Test
    void fewestFieldDaysPerMonthLooksAtEveryMonthInTheRange() {
        var tally = new VisitTally(List.of(visit(LocalDate.of(2015, 1, 5), Purpose.RESEARCH, VILLAGE_1),
                visit(LocalDate.of(2015, 1, 6), Purpose.RESEARCH, VILLAGE_1),
                visit(LocalDate.of(2015, 2, 9), Purpose.RESEARCH, VILLAGE_2)), "/1/");

        assertThat(tally.fewestFieldDaysPerMonth(YearMonth.of(2015, 1), YearMonth.of(2015, 1))).isEqualTo(2);
        assertThat(tally.fewestFieldDaysPerMonth(YearMonth.of(2015, 1), YearMonth.of(2015, 2))).isEqualTo(1);
        assertThat(tally.fewestFieldDaysPerMonth(YearMonth.of(2015, 1), YearMonth.of(2015, 3))).isZero();
        assertThat(tally.fewestFieldDaysPerMonth(YearMonth.of(2015, 2), YearMonth.of(2015, 1))).isZero();
    }

    @Test
    void theMonthInProgressIsNotJudgedUntilThePeriodEnds() {
        var filter = new ActivityFilter(io.shuzhi.account.Scope.ALL, "/", null, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));

        assertThat(CounterValues.lastJudgedMonth(filter, LocalDate.of(2015, 3, 15))).isEqualTo(YearMonth.of(2015, 2));
        assertThat(CounterValues.lastJudgedMonth(filter, LocalDate.of(2016, 2, 1))).isEqualTo(YearMonth.of(2015, 12));
    }
}
