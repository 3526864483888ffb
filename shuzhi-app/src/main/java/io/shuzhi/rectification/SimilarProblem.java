package io.shuzhi.rectification;

/** Last year's problem of the same organization that reads like the new one. */
public record SimilarProblem(long id, String number, String description, ProblemStatus status, double similarity) {
}
