package io.shuzhi.rectification;

import java.time.LocalDate;

/** What a user states about a new problem: the "five clear" fields plus where it came from. */
public record NewProblem(long organizationId, ProblemSource source, String sourceRef, String description,
                         String rootCause, Severity severity, String responsiblePerson, String measures,
                         String standard, LocalDate dueDate) {
}
