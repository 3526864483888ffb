package io.shuzhi.statistics;

/**
 * Which figures the rollups hold (table rollup_scope, V302): the years {@code firstYear..lastYear} for the
 * organizations of depth ≤ {@code maxDepth} (the root has depth 0). Anything else is counted live.
 */
record RollupScope(int firstYear, int lastYear, int maxDepth) {

    boolean covers(int depth, int year) {
        return depth <= maxDepth && year >= firstYear && year <= lastYear;
    }
}
