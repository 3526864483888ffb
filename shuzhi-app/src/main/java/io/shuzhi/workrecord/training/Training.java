package io.shuzhi.workrecord.training;

import java.time.LocalDate;
import java.util.Map;

/** A course run by {@code organizationId}, with how many people of each role sat in it. */
public record Training(long id, long organizationId, String title, LocalDate startDate, LocalDate endDate,
                Map<TrainingRole, Integer> participants) {

    public Training {
        participants = Map.copyOf(participants);
    }

    public int headcount() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
