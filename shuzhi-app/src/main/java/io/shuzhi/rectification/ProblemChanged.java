package io.shuzhi.rectification;

/** A problem was created or changed state; warnings and dashboards react to it. */
public record ProblemChanged(long problemId, long organizationId, ProblemStatus status) {
}
