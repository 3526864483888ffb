package io.shuzhi.rectification;

import java.time.LocalDate;

/** How a problem of a given year ended up, for next year's report ("last year's rectification first"). */
public record ProblemOutcome(long id, String number, String description, LocalDate dueDate, ProblemStatus status,
                             boolean overdue) {
}
