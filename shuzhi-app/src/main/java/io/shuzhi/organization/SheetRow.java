package io.shuzhi.organization;

import java.util.Map;

/**
 * One data row of an import sheet.
 *
 * @param number the row number as the user sees it in Excel (the header is row 1)
 * @param cells  the trimmed cell text per column; absent or blank cells are missing
 */
record SheetRow(int number, Map<SheetColumn, String> cells) {

    String get(SheetColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
