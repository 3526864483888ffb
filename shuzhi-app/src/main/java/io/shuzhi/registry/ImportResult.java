package io.shuzhi.registry;

import java.util.List;

/**
 * What an import did. With any error nothing was stored, {@code imported} and {@code updated} are 0, and
 * {@code errors} lists the first {@link #MAX_REPORTED} problems ({@code errorCount} counts them all).
 *
 * @param imported   rows that created a record
 * @param updated    rows that changed an existing record (matched by natural key); unchanged rows count in neither
 * @param rows       data rows read
 * @param errorCount all problems found
 * @param errors     the problems, in row order, at most {@link #MAX_REPORTED}
 */
public record ImportResult(long imported, long updated, long rows, long errorCount, List<RowError> errors) {

    public static final int MAX_REPORTED = 1000;

    public boolean failed() {
        return errorCount > 0;
    }

    static ImportResult failed(long rows, long errorCount, List<RowError> errors) {
        return new ImportResult(0, 0, rows, errorCount, List.copyOf(errors));
    }
}
