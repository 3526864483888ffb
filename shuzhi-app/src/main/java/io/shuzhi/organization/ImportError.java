package io.shuzhi.organization;

/**
 * What is wrong with one cell (or one row) of an import file.
 *
 * @param row     the row number as Excel shows it (the header is row 1)
 * @param column  the column header as written in the file, or null when the whole row is at fault
 * @param message what is wrong, in words the person fixing the file understands
 */
public record ImportError(int row, String column, String message) {
}
