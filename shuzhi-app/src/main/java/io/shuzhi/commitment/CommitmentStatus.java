package io.shuzhi.commitment;

/** Where a commitment stands. The first three are still open; the rest are ratings (评诺). */
public enum CommitmentStatus {
    NOT_STARTED, IN_PROGRESS, STALLED, FULFILLED, PARTLY_FULFILLED, BROKEN, UNVERIFIABLE;

    /** Counts in the denominator of the fulfilment rate. */
    public boolean rated() {
        return this != NOT_STARTED && this != IN_PROGRESS && this != STALLED;
    }
}
