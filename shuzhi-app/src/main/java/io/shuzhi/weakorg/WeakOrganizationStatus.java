package io.shuzhi.weakorg;

/** Under consolidation; turned around (passed the assessment); carried over into next year. */
public enum WeakOrganizationStatus {
    CONSOLIDATING, TURNED_AROUND, CARRIED_OVER
}
