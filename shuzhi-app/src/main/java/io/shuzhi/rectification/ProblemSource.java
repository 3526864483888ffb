package io.shuzhi.rectification;

/** Where a problem was found: the report itself, the superior's critique, an inspection, a self-check, the public. */
public enum ProblemSource {
    REPORT, CRITIQUE, INSPECTION, SELF_CHECK, PUBLIC
}
