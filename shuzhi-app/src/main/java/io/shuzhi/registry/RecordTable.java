package io.shuzhi.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table of records in the format its import reads back: .xlsx, or a UTF-8 .csv with a byte-order mark
 * (without it Excel opens the Chinese text as GBK). Exports carry the Chinese headers; CSV templates the English
 * ones, which the importers accept as well.
 */
final class RecordTable {

    private RecordTable() {
    }

    static void write(String sheet, Columns columns, List<List<Object>> rows, boolean csv, OutputStream out) throws IOException {
        if (csv) {
            writeCsv(columns.chineseNames(), rows, out);
            return;
        }
        try (XlsxTable table = new XlsxTable(sheet, columns.chineseNames())) {
            rows.forEach(table::row);
            table.write(out);
        }
    }

    static void template(Columns columns, boolean csv, OutputStream out) throws IOException {
        if (csv) {
            writeCsv(columns.names(), List.of(), out);
        } else {
            RecordExchange.template(columns, out);
        }
    }

    static void writeCsv(List<String> header, List<List<Object>> rows, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", header)).append("\r\n");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                String cell = v == null ? "" : v.toString();
                text.append(i == 0 ? "" : ",").append(cell.matches(".*[,\"\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append("\r\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
