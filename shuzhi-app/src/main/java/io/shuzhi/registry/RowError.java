package io.shuzhi.registry;

/**
 * One problem in an imported file: the spreadsheet row (header is row 1), the canonical column name, and a
 * message that never repeats personal data from the cell.
 */
public record RowError(int row, String column, String message) {
}
