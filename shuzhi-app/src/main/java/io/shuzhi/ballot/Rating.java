package io.shuzhi.ballot;

import io.shuzhi.evaluation.Grade;

/** One evaluator's grade for one reporter's report. */
public record Rating(Long reportId, Grade grade) {
}
