package io.shuzhi.ballot;

import io.shuzhi.evaluation.Grade;

/** How many counted ballots of {@code group} gave {@code grade} to {@code reportId}. */
public record GradeCount(String group, long reportId, Grade grade, int count) {
}
