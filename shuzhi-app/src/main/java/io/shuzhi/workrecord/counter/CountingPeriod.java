package io.shuzhi.workrecord.counter;

import java.time.LocalDate;

/**
 * Which records count for a commitment: from 1 January of the year it was made (or of its deadline, when it was
 * entered afterwards) to its deadline, or to that year's end when it has none. Records after the deadline never
 * count, so FULFILLED always means "met before the deadline".
 */
record CountingPeriod(LocalDate from, LocalDate to) {

    static CountingPeriod of(LocalDate madeOn, LocalDate deadline, LocalDate today) {
        LocalDate start = madeOn == null ? today : madeOn;
        if (deadline != null && deadline.isBefore(start)) {
            start = deadline;
        }
        LocalDate from = LocalDate.of(start.getYear(), 1, 1);
        return new CountingPeriod(from, deadline == null ? LocalDate.of(start.getYear(), 12, 31) : deadline);
    }
}
