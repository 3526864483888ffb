package io.shuzhi.analysis.lint;

/** The proof-reading and review rules. */
public enum FindingRule {
    /** a report lacks one of its parts */
    MISSING_SECTION,
    /** a passage pasted twice in a row */
    REPEATED_PASSAGE,
    /** a word from the confusion set (籍口 → 借口) */
    TYPO,
    /** a slip of grammar from a curated list (还一定差距 → 还有一定差距) */
    GRAMMAR,
    /** ASCII quotes among full-width “” in one report */
    MIXED_QUOTES,
    /** a measures point that promises without any target */
    UNQUANTIFIED_COMMITMENT,
    /** a quantified commitment without a deadline */
    COMMITMENT_WITHOUT_DEADLINE,
    /** a problem stated without a fact or number */
    VAGUE_PROBLEM,
    /** a long passage shared with another report of the batch */
    BOILERPLATE
}
