package io.shuzhi.commitment;

/** A MEASURES item of a duty report (adopted from the analysis), or typed in by hand. */
public enum CommitmentSource {
    MEASURES, MANUAL
}
