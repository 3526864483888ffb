package io.shuzhi.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the first problems of an import for the report and counts them all. */
final class ImportErrors {

    private final List<RowError> kept = new ArrayList<>();
    private long count;

    void add(RowError e) {
        count++;
        if (kept.size() < ImportResult.MAX_REPORTED) {
            kept.add(e);
        }
    }

    long count() {
        return count;
    }

    List<RowError> sorted() {
        return kept.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }
}
