package io.shuzhi.registry;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A streaming .xlsx writer (POI SXSSF): only a window of rows is in memory, the rest goes to a temporary file,
 * so exporting a province costs no more heap than exporting a village. Text cells are written as text so ID
 * numbers and codes are never turned into numbers by Excel.
 */
public final class XlsxTable implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private Sheet sheet;
    private int nextRow;
    private final CellStyle headerStyle;

    public XlsxTable(String sheetName, List<String> header) {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        newSheet(sheetName, header);
    }

    /** Starts another sheet (e.g. instructions, or the next statistics table). */
    public XlsxTable newSheet(String sheetName, List<String> header) {
        sheet = workbook.createSheet(sheetName);
        nextRow = 0;
        if (!header.isEmpty()) {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < header.size(); i++) {
                var cell = row.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(headerStyle);
            }
        }
        return this;
    }

    /** One row; numbers stay numbers (for sums in Excel), everything else is written as text. */
    public XlsxTable row(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof Number n && !(v instanceof java.math.BigDecimal)) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof java.math.BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return this;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary files
    }
}
