package io.shuzhi.followup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderOffsetsTest {

    static final ReminderOffsets OFFSETS = new ReminderOffsets(List.of(30, -7, 1, -1, 7));
    static final LocalDate DUE = LocalDate.of(2015, 6, 30);

    @Test
    void reachedOffsetsGrowWithTheCalendar() {
        assertThat(OFFSETS.reached(DUE, DUE.minusDays(8))).isEmpty();
        assertThat(OFFSETS.reached(DUE, DUE.minusDays(7))).containsExactly(-7);
        assertThat(OFFSETS.reached(DUE, DUE)).containsExactly(-7, -1);
        assertThat(OFFSETS.reached(DUE, DUE.plusDays(1))).containsExactly(-7, -1, 1);
        assertThat(OFFSETS.reached(DUE, DUE.plusDays(100))).containsExactly(-7, -1, 1, 7, 30);
    }

    @Test
    void phrasesSayBeforeOrAfter() {
        assertThat(ReminderOffsets.phrase(-7)).isEqualTo("还有 7 天到期");
        assertThat(ReminderOffsets.phrase(30)).isEqualTo("已逾期 30 天");
    }
}
