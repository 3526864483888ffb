package io.shuzhi.rectification;

/** Problems of one organization that are not closed, and how many of them are overdue. */
public record ProblemCounts(long organizationId, int open, int overdue) {
}
