package io.shuzhi.rectification;

/** A problem was closed out (销号) by the level above. */
public record ProblemClosed(long problemId, long organizationId, String number) {
}
