package io.shuzhi.workrecord;

import java.time.LocalDate;
import java.util.Map;

/** A course run by {@code organizationId}, with how many people of each role sat in it. */
record Training(long id, long organizationId, String title, LocalDate startDate, LocalDate endDate,
                Map<TrainingRole, Integer> participants) {

    Training {
        participants = Map.copyOf(participants);
    }

    int headcount() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
