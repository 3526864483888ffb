package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.quantity.Quantity;
import java.util.List;

/** Finds a report's quantities inside a span by binary search (quantities come in text order), so checks stay linear. */
final class QuantitySpans {

    private QuantitySpans() {
    }

    static boolean anyWithin(List<Quantity> quantities, int from, int to) {
        int lo = 0;
        int hi = quantities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quantities.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < quantities.size() && quantities.get(k).start() < to; k++) {
            if (quantities.get(k).end() <= to) {
                return true;
            }
        }
        return false;
    }
}
