package io.shuzhi.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static io.shuzhi.registry.RecruitmentRules.Violation.OUT_OF_ORDER;
import static io.shuzhi.registry.RecruitmentRules.Violation.PROBATION_TOO_SHORT;
import static io.shuzhi.registry.RecruitmentRules.Violation.TRAINING_TOO_SHORT;
import static io.shuzhi.registry.RecruitmentRules.Violation.UNDER_AGE;
import static org.assertj.core.api.Assertions.assertThat;

class RecruitmentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    final RecruitmentRules rules = RecruitmentRules.defaults();

    static Recruitment person(String birth, String applied, String activist, String candidate, String probationary, String full) {
        return new Recruitment(1L, 1, "某", d(birth), Recruitment.Stage.APPLICANT, d(applied), d(activist), d(candidate), d(probationary), d(full));
    }

    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Test
    void aProbationaryMemberIsOverdueForConversionFromTheDayAfterTheProbationEnds() {
        var probationary = person("1990-01-01", "2020-01-01", "2020-04-01", "2021-04-01", "2021-07-01", null);
        assertThat(rules.conversionOverdueDays(probationary, d("2022-07-01"))).isZero(); // the year is just over
        assertThat(rules.conversionOverdueDays(probationary, d("2022-07-11"))).isEqualTo(10);
        assertThat(rules.conversionOverdueDays(person("1990-01-01", "2020-01-01", "2020-04-01", "2021-04-01", "2021-07-01", "2022-07-01"),
                d("2023-01-01"))).isZero(); // converted
        assertThat(rules.conversionOverdueDays(person("1990-01-01", "2020-01-01", "2020-04-01", null, null, null), d("2023-01-01"))).isZero();
    }

    @Test
    void aTextbookPathBreaksNothing() {
        var r = person("1995-01-01", "2020-01-01", "2020-04-01", "2021-04-01", "2021-07-01", "2022-07-01");
        assertThat(rules.check(r, TODAY)).isEmpty();
        assertThat(r.reachedStage()).isEqualTo(Recruitment.Stage.FULL);
    }

    @Test
    void applyingBeforeEighteenIsUnderAgeButOnTheBirthdayIsFine() {
        assertThat(rules.check(person("2006-03-01", "2024-02-29", null, null, null, null), TODAY)).containsExactly(UNDER_AGE);
        assertThat(rules.check(person("2006-03-01", "2024-03-01", null, null, null, null), TODAY)).isEmpty();
    }

    @Test
    void trainingAndProbationMustLastAYear() {
        assertThat(rules.check(person("1990-01-01", "2020-01-01", "2020-02-01", "2021-01-31", null, null), TODAY)).containsExactly(TRAINING_TOO_SHORT);
        assertThat(rules.check(person("1990-01-01", "2020-01-01", "2020-02-01", "2021-02-01", "2021-03-01", "2022-02-28"), TODAY))
                .containsExactly(PROBATION_TOO_SHORT);
    }

    @Test
    void skippedOrBackdatedStepsAreOutOfOrder() {
        assertThat(rules.check(person("1990-01-01", "2020-05-01", "2020-04-01", null, null, null), TODAY)).containsExactly(OUT_OF_ORDER);
        assertThat(rules.check(person("1990-01-01", "2020-01-01", null, "2021-01-01", null, null), TODAY)).containsExactly(TRAINING_TOO_SHORT);
    }

    @Test
    void stepsAfterTheDateAreNotJudgedYetAndRulesAreData() {
        var r = person("1990-01-01", "2020-01-01", "2020-02-01", "2020-08-01", null, null);
        assertThat(rules.check(r, LocalDate.of(2020, 7, 31))).isEmpty();
        assertThat(rules.check(r, LocalDate.of(2020, 8, 1))).containsExactly(TRAINING_TOO_SHORT);
        var lenient = new RecruitmentRules(18, Period.ofMonths(6), Period.ofYears(1));
        assertThat(lenient.check(r, TODAY)).isEmpty();
    }
}
