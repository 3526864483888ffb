package io.shuzhi.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A key repeated within one import file. Each repeat is reported on its own row and names the first row with that key,
 * both as numbered in the file: rows rejected by the parser are missing from the valid rows but not from the numbering
 * the user sees, so the numbers come from {@link RecordExchange#read} with row numbers, never from list positions.
 */
final class InFileDuplicates {

    private InFileDuplicates() {
    }

    /**
     * @param rows       the valid rows, in file order
     * @param rowNumbers the file row of each of {@code rows}
     * @param message    what is repeated; "（与第N行重复）" is added
     */
    static <T> void check(List<T> rows, List<Integer> rowNumbers, Function<T, ?> key, String column, String message,
                          List<RowError> errors) {
        Map<Object, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Integer first = firstRow.putIfAbsent(key.apply(rows.get(i)), rowNumbers.get(i));
            if (first != null) {
                errors.add(new RowError(rowNumbers.get(i), column, message + "（与第" + first + "行重复）"));
            }
        }
    }
}
