package io.shuzhi.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * When reminders fall due: offsets in days from a due date (negative = before). All offsets already reached are
 * marked sent, but only the latest is actually sent, so a job that did not run for a while (or a problem recorded
 * late) sends one reminder, not a burst of stale ones.
 */
record ReminderOffsets(List<Integer> offsets) {

    ReminderOffsets {
        offsets = offsets.stream().distinct().sorted().toList();
    }

    /** Offsets reached by {@code today}, ascending; the last one is the reminder to send. */
    List<Integer> reached(LocalDate dueDate, LocalDate today) {
        return offsets.stream().filter(o -> !dueDate.plusDays(o).isAfter(today)).toList();
    }

    static String phrase(int offset) {
        if (offset < 0) {
            return "还有 " + (-offset) + " 天到期";
        }
        return offset == 0 ? "今天到期" : "已逾期 " + offset + " 天";
    }
}
