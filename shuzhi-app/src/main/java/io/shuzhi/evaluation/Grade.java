package io.shuzhi.evaluation;

/** 好 / 较好 / 一般 / 差, best first: a lower ordinal is a better grade. */
public enum Grade {
    GOOD, FAIRLY_GOOD, AVERAGE, POOR;

    public boolean isAtOrBelow(Grade other) {
        return ordinal() >= other.ordinal();
    }

    /** The worse of the two. */
    public Grade cappedAt(Grade cap) {
        return isAtOrBelow(cap) ? this : cap;
    }
}
