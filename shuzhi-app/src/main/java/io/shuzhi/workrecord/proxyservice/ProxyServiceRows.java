package io.shuzhi.workrecord.proxyservice;

import io.shuzhi.shared.DomainException.FieldProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a proxy-service sheet (.csv or .xlsx; columns orgCode, month yyyy-MM, count; first row a header) into rows,
 * collecting every bad cell with its row number instead of stopping at the first, so one upload shows all fixes.
 */
public final class ProxyServiceRows {

    record Line(int row, String orgCode, YearMonth month, int count) {
    }

    record Parsed(List<Line> lines, List<FieldProblem> problems) {
    }

    private ProxyServiceRows() {
    }

    public static Parsed read(String fileName, InputStream in) throws IOException {
        List<List<String>> cells = fileName != null && fileName.toLowerCase().endsWith(".xlsx") ? xlsx(in) : csv(in);
        List<Line> lines = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            int row = i + 1;
            List<String> c = cells.get(i);
            if (c.stream().allMatch(String::isBlank)) {
                continue;
            }
            String code = c.size() > 0 ? c.get(0).strip() : "";
            String monthText = c.size() > 1 ? c.get(1).strip() : "";
            String countText = c.size() > 2 ? c.get(2).strip() : "";
            int before = problems.size();
            if (code.isEmpty()) {
                problems.add(new FieldProblem("row " + row + " orgCode", "第" + row + "行：缺少组织编码 / missing orgCode"));
            }
            YearMonth month = null;
            try {
                month = YearMonth.parse(monthText);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("row " + row + " month", "第" + row + "行：月份应为 yyyy-MM / month must be yyyy-MM: " + monthText));
            }
            int count = -1;
            try {
                count = new java.math.BigDecimal(countText).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            if (count < 0) {
                problems.add(new FieldProblem("row " + row + " count", "第" + row + "行：件数应为非负整数 / count must be a whole number ≥ 0: " + countText));
            }
            if (problems.size() == before) {
                lines.add(new Line(row, code, month, count));
            }
        }
        return new Parsed(lines, problems);
    }

    private static List<List<String>> csv(InputStream in) throws IOException {
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get().parse(reader)) {
            List<String> cells = new ArrayList<>();
            r.forEach(v -> cells.add(v.replace("\uFEFF", "")));
            rows.add(cells);
        }
        return rows;
    }

    private static List<List<String>> xlsx(InputStream in) throws IOException {
        var formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                rows.add(cells);
            }
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException("not an xlsx file", e);
        }
        return rows;
    }
}
