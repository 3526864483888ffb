package io.shuzhi.registry;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Streams the rows of an uploaded table, first sheet of an {@code .xlsx} or a UTF-8 {@code .csv}, without ever
 * holding the file in memory: the xlsx sheet is SAX-parsed ({@link XlsxSheetHandler}), so a million rows cost a few MB of heap.
 * Row numbers are those a user sees in a spreadsheet (the header is row 1).
 */
final class SheetReader {

    /** Receives each row in order; empty rows are skipped. */
    interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    /** The file is neither a readable xlsx nor a csv; the message is safe to show. */
    static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SheetReader() {
    }

    static void read(Path file, String fileName, RowHandler handler) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                try (InputStream in = Files.newInputStream(file)) {
                    readCsv(in, handler);
                }
            } else if (name.endsWith(".xlsx")) {
                readXlsx(file, handler);
            } else {
                throw new UnreadableFile("仅支持 .xlsx 或 UTF-8 编码的 .csv 文件", null);
            }
        } catch (IOException | SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | java.io.UncheckedIOException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new UnreadableFile("文件无法读取，请确认是有效的 .xlsx 或 UTF-8 .csv 文件", e);
        }
    }

    static void readCsv(InputStream in, RowHandler handler) throws IOException {
        Reader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') { // Excel writes a byte-order mark into "CSV UTF-8" files
            reader.reset();
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!blank(cells)) {
                    handler.row((int) record.getRecordNumber(), cells);
                }
            }
        }
    }

    private static void readXlsx(Path file, RowHandler handler) throws IOException, SAXException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStringsList strings = SharedStringsList.of(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxSheetHandler(reader.getStylesTable(), strings, new DataFormatter(Locale.ROOT), handler));
                parser.parse(new InputSource(sheet));
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
