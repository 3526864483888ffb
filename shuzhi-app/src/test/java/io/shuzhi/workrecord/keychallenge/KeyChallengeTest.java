package io.shuzhi.workrecord.keychallenge;

import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyChallengeTest {

    static final LocalDate D = LocalDate.of(2015, 4, 1);
    final KeyChallenge selected = new KeyChallenge(1, 7, 1, 2015, "难题", ChallengeStage.SELECTED, null, null, null, D, null, null);

    @Test
    void movesForwardOneStepAtATime() {
        KeyChallenge solved = selected.analyse("破题思路", D.plusDays(10)).solve("结题成效", "文件", D.plusDays(90));

        assertThat(solved.stage()).isEqualTo(ChallengeStage.SOLVED);
        assertThat(solved.analysedOn()).isEqualTo(D.plusDays(10));
        assertThat(solved.solvedOn()).isEqualTo(D.plusDays(90));
        assertThat(solved.outcome()).isEqualTo("结题成效");
    }

    @Test
    void cannotSkipOrRepeatSteps() {
        assertThatThrownBy(() -> selected.solve("成效", null, D)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> selected.analyse("a", D).analyse("b", D)).isInstanceOf(ConflictException.class);
    }

    @Test
    void closingNeedsAnOutcome() {
        assertThatThrownBy(() -> selected.analyse("a", D).solve(" ", null, D)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> selected.analyse(null, D)).isInstanceOf(InvalidInputException.class);
    }
}
