package io.shuzhi.search;

/** What a search hit is. */
public enum SearchKind {
    /** 述职报告 */
    REPORT,
    /** 点评 */
    CRITIQUE,
    /** 问题 */
    PROBLEM,
    /** 承诺 */
    COMMITMENT
}
