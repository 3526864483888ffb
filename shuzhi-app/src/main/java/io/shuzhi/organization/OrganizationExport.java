package io.shuzhi.organization;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the caller's part of the tree in the import format (Chinese headers and labels, parents before
 * children), so an exported file can be edited in Excel and imported again. Only active organizations are
 * written; a parent code is written only when the parent is in the same file, so nothing outside the
 * caller's scope leaks.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationExport {

    /** The file formats offered. */
    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public static Format of(String text) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return f;
                }
            }
            throw new InvalidInputException("organization.export-format", "format", "导出格式应为 xlsx 或 csv / format must be xlsx or csv");
        }
    }

    private final OrganizationService organizations;
    private final EnumLabels labels;

    OrganizationExport(OrganizationService organizations, EnumLabels labels) {
        this.organizations = organizations;
        this.labels = labels;
    }

    public byte[] export(Caller caller, Long rootId, Format format) {
        List<Organization> rows = (rootId == null ? organizations.list(caller) : organizations.subtree(caller, rootId))
                .stream().filter(Organization::active).toList();
        List<List<String>> table = table(rows);
        return format == Format.CSV ? csv(table) : xlsx(table);
    }

    private List<List<String>> table(List<Organization> rows) {
        Map<Long, String> codes = new HashMap<>();
        rows.forEach(o -> codes.put(o.id(), o.code()));
        return rows.stream().map(o -> List.of(o.code(), o.parentId() == null ? "" : codes.getOrDefault(o.parentId(), ""),
                o.name(), labels.label(o.kind(), "kind."), labels.label(o.level(), "level."),
                labels.label(o.sector(), "sector."), Objects.requireNonNullElse(o.secretaryName(), ""))).toList();
    }

    private static List<String> header() {
        return java.util.Arrays.stream(SheetColumn.values()).map(c -> c.chinese).toList();
    }

    private static byte[] csv(List<List<String>> table) {
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel then opens the Chinese text correctly
            printer.printRecord(header());
            for (List<String> row : table) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<List<String>> table) {
        // streaming workbook: a province's tree would not fit in memory as a full XSSF model
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("组织架构");
            write(sheet.createRow(0), header());
            for (int i = 0; i < table.size(); i++) {
                write(sheet.createRow(i + 1), table.get(i));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
