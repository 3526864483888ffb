package io.shuzhi.registry;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean sheet handler must read every cell as POI's XSSFSheetXMLHandler + DataFormatter did (the reader it
 * replaced, kept here as the reference): each case is read by both and compared, besides the expected rows.
 */
class XlsxSheetHandlerTest {

    record Row(int number, List<String> cells) {
    }

    @TempDir
    Path dir;

    @Test
    void sharedStringsNumbersAndDatesStoredAsNumbers() throws Exception {
        Path file = dir.resolve("shared.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("党员");
            var iso = wb.createCellStyle();
            iso.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var excelDefault = wb.createCellStyle();
            excelDefault.setDataFormat((short) 14); // m/d/yy, what Excel gives a typed date
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("出生日期");
            h.createCell(2).setCellValue("入党日期");
            h.createCell(3).setCellValue("联系电话");
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("张三");
            var born = r.createCell(1);
            born.setCellValue(Date.from(LocalDate.of(1970, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            born.setCellStyle(iso);
            var joined = r.createCell(2);
            joined.setCellValue(LocalDate.of(1999, 7, 1));
            joined.setCellStyle(excelDefault);
            r.createCell(3).setCellValue(13812345678d);
            var t = sheet.createRow(2);
            t.createCell(0).setCellValue("张三"); // the same shared string again
            t.createCell(1).setCellValue("1970/3/1");
            t.createCell(2).setCellValue(true);
            t.createCell(3).setCellValue(0.5);
            wb.write(out);
        }
        List<Row> rows = read(file);
        assertThat(rows).containsExactly(
                new Row(1, List.of("姓名", "出生日期", "入党日期", "联系电话")),
                new Row(2, List.of("张三", "1970-03-01", "7/1/99", "13812345678")),
                new Row(3, List.of("张三", "1970/3/1", "TRUE", "0.5")));
        assertThat(rows).isEqualTo(readWithPoi(file));
    }

    @Test
    void inlineStringsEmptyCellsInTheMiddleAndRowsLongerThanTheHeader() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("党员");
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("a");
            h.createCell(1).setCellValue("b");
            h.createCell(2).setCellValue("c");
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("x");
            r.createCell(2).setCellValue("z"); // B2 left out
            r.createCell(4).setCellValue("beyond the header");
            sheet.createRow(2).createCell(1).setCellValue("   "); // blank: skipped
            var gap = sheet.createRow(4); // row 4 missing, row 5 keeps its number
            gap.createCell(27).setCellValue("AB5");
            wb.write(out);
            wb.dispose();
        }
        List<Row> rows = read(file);
        List<String> ab5 = new ArrayList<>(java.util.Collections.nCopies(27, ""));
        ab5.add("AB5");
        assertThat(rows).containsExactly(
                new Row(1, List.of("a", "b", "c")),
                new Row(2, List.of("x", "", "z", "", "beyond the header")),
                new Row(5, ab5));
        assertThat(rows).isEqualTo(readWithPoi(file));
    }

    @Test
    void handWrittenXmlRichRunsEscapesFormulasAndErrors() throws Exception {
        String sheet = """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><r><t>张</t></r><r><t xml:space="preserve"> 三</t></r></is></c>
                  <c r="C1" t="s"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>line_x000D_break</t></is></c><c r="B2" t="str"><f>A1</f><v>text result</v></c>
                  <c r="C2"><f>1+1</f><v>2</v></c><c r="D2" t="s"><v></v></c><c r="E2"><v></v></c></row>
                <row><c r="A3" t="s"><v>0</v></c></row>
                </sheetData></worksheet>""";
        String shared = """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
                <si><t>共享_x0041_</t></si><si><r><t>富</t></r><r><t>文本</t></r><rPh><t>フリガナ</t></rPh></si></sst>""";
        var strings = new ReadOnlySharedStringsTable(new ByteArrayInputStream(shared.getBytes(StandardCharsets.UTF_8)), false);
        var ours = SharedStringsList.of(new ByteArrayInputStream(shared.getBytes(StandardCharsets.UTF_8)));
        StylesTable styles;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            styles = wb.getStylesSource();
        }
        List<Row> rows = new ArrayList<>();
        parse(sheet, new XlsxSheetHandler(styles, ours, new DataFormatter(Locale.ROOT), (n, cells) -> rows.add(new Row(n, cells))));
        assertThat(rows).containsExactly(
                new Row(1, List.of("张 三", "", "富文本", "ERROR:#N/A")),
                new Row(2, List.of("line\rbreak", "text result", "2", "", "")),
                new Row(3, List.of("共享A")));
        List<Row> reference = new ArrayList<>();
        parse(sheet, new XSSFSheetXMLHandler(styles, null, strings, poiRows(reference::add), new DataFormatter(Locale.ROOT), false));
        assertThat(rows).isEqualTo(reference);
    }

    @Test
    void sharedStringsAreReadAsPoiReadsThem() throws Exception {
        String shared = """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
                <si><t>plain</t></si><si><t/></si><si><t xml:space="preserve">  spaced  </t></si>
                <si><r><rPr><b/></rPr><t>bold</t></r><r><t>_x005F_x0041_</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>
                <si><t>&lt;&amp;&gt;</t></si></sst>""";
        var poi = new ReadOnlySharedStringsTable(new ByteArrayInputStream(shared.getBytes(StandardCharsets.UTF_8)), false);
        var ours = SharedStringsList.of(new ByteArrayInputStream(shared.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 5; i++) {
            assertThat(ours.get(i)).isEqualTo(poi.getItemAt(i).toString());
        }
        assertThat(ours.get(0)).isEqualTo("plain");
        assertThat(ours.get(4)).isEqualTo("<&>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ours.get(5)).isInstanceOf(IllegalStateException.class);
        assertThat(SharedStringsList.of(new ByteArrayInputStream(new byte[0])).getClass()).isEqualTo(SharedStringsList.class);
    }

    @Test
    void columnsOfReferences() {
        assertThat(XlsxSheetHandler.column("A1")).isZero();
        assertThat(XlsxSheetHandler.column("Z9")).isEqualTo(25);
        assertThat(XlsxSheetHandler.column("AB12")).isEqualTo(27);
        assertThat(XlsxSheetHandler.column("XFD1048576")).isEqualTo(16383);
    }

    private static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        SheetReader.read(file, "members.xlsx", (n, cells) -> rows.add(new Row(n, cells)));
        return rows;
    }

    private static void parse(String xml, ContentHandler handler) throws Exception {
        var reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(new StringReader(xml)));
    }

    /** The reader as it was: POI's handler, its cell events put back into positional rows. */
    private static List<Row> readWithPoi(Path file) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            var reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            try (var sheet = reader.getSheetsData().next()) {
                var xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, poiRows(rows::add),
                        new DataFormatter(Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            }
        }
        return rows;
    }

    private static XSSFSheetXMLHandler.SheetContentsHandler poiRows(java.util.function.Consumer<Row> out) {
        return new XSSFSheetXMLHandler.SheetContentsHandler() {
            final List<String> cells = new ArrayList<>();

            @Override
            public void startRow(int rowNum) {
                cells.clear();
            }

            @Override
            public void endRow(int rowNum) {
                if (!cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    out.accept(new Row(rowNum + 1, cells.stream().map(c -> c == null ? "" : c).toList()));
                }
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {
                int column = new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        };
    }
}
