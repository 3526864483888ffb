package io.shuzhi.analysis.lint;

/** How much a finding matters to the reviewer. */
public enum Severity {
    ERROR, WARNING, INFO
}
