package io.shuzhi.commitment;

/** How often progress is reviewed: once at the deadline, or monthly, quarterly, yearly. */
public enum Period {
    ONCE, MONTHLY, QUARTERLY, YEARLY
}
