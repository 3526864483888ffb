package io.shuzhi.organization;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an organization sheet from the bytes of an upload, whatever the user's Excel produced: an .xlsx workbook
 * (first sheet), or a CSV in UTF-8 (with or without BOM) or in GBK/GB18030, which Chinese Excel writes by default.
 * The format is decided by the content, not the file name, which users rename freely.
 */
final class SheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The header text as written in the file, per recognised column, and the data rows. */
    record Parsed(Map<SheetColumn, String> headers, List<SheetRow> rows) {
    }

    private SheetReader() {
    }

    static Parsed read(byte[] content) {
        if (content.length == 0) {
            throw new UnreadableFile("文件为空 / The file is empty");
        }
        if (startsWith(content, ZIP)) {
            return fromRows(xlsxRows(content));
        }
        if (startsWith(content, OLE2)) {
            throw new UnreadableFile("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再导入 / "
                    + "Old .xls files are not supported; save as .xlsx or .csv");
        }
        return fromRows(csvRows(decode(content)));
    }

    /** Strict UTF-8 first (a BOM is dropped); text that is not valid UTF-8 is read as GB18030, a superset of GBK. */
    static String decode(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableFile("文件不是 CSV 文本或 .xlsx 工作簿 / The file is neither CSV text nor an .xlsx workbook");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile("CSV 格式错误（引号不匹配等） / Malformed CSV (unbalanced quotes?)");
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        // the formatter renders what Excel shows, so a numeric code 3201 stays "3201", not "3201.0"
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("无法读取 .xlsx 工作簿，文件可能已损坏 / Cannot read the .xlsx workbook; it may be damaged");
        }
    }

    private static Parsed fromRows(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw new ImportRejected(List.of(new ImportError(1, null, "缺少表头行 / The header row is missing")));
        }
        List<String> header = rows.get(0);
        Map<SheetColumn, Integer> index = new EnumMap<>(SheetColumn.class);
        Map<SheetColumn, String> names = new EnumMap<>(SheetColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            String text = header.get(i);
            SheetColumn.byHeader(text).ifPresent(c -> {
                index.putIfAbsent(c, position);
                names.putIfAbsent(c, text.strip());
            });
        }
        List<ImportError> missing = new ArrayList<>();
        for (SheetColumn c : SheetColumn.values()) {
            if (c.requiredHeader && !index.containsKey(c)) {
                missing.add(new ImportError(1, c.chinese, "缺少列「" + c.chinese + "」（或 " + c.english + "） / Missing column " + c.english));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRejected(missing);
        }
        List<SheetRow> data = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            Map<SheetColumn, String> values = new EnumMap<>(SheetColumn.class);
            index.forEach((column, i) -> values.put(column, i < cells.size() ? cells.get(i) : null));
            SheetRow row = new SheetRow(r + 1, values);
            if (!row.isBlank()) {
                data.add(row);
            }
        }
        return new Parsed(names, data);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
