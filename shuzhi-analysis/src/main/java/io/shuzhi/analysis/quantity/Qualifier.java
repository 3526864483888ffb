package io.shuzhi.analysis.quantity;

/** How a quantity's stated value relates to the real one (多/余 → MORE_THAN, 以上 → AT_LEAST, …). */
public enum Qualifier {
    EXACT, MORE_THAN, AT_LEAST, APPROX, AT_MOST, RANGE
}
