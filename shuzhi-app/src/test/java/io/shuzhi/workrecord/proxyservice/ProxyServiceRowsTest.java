package io.shuzhi.workrecord.proxyservice;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyServiceRowsTest {

    static ProxyServiceRows.Parsed csv(String text) throws Exception {
        return ProxyServiceRows.read("x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsGoodRowsAndSkipsBlankOnes() throws Exception {
        var parsed = csv("\uFEFForgCode,month,count\nV-1,2015-01,300\n\nV-2,2015-02,0\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).containsExactly(new ProxyServiceRows.Line(2, "V-1", YearMonth.of(2015, 1), 300),
                new ProxyServiceRows.Line(4, "V-2", YearMonth.of(2015, 2), 0));
    }

    @Test
    void namesEveryBadCellWithItsRow() throws Exception {
        var parsed = csv("orgCode,month,count\n,2015-13,-1\nV-1,2015-01,abc\n");

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(p -> p.field())
                .containsExactly("row 2 orgCode", "row 2 month", "row 2 count", "row 3 count");
    }

    @Test
    void readsAnXlsxSheetLikeTheCsv() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("orgCode");
            header.createCell(1).setCellValue("month");
            header.createCell(2).setCellValue("count");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("V-1");
            row.createCell(1).setCellValue("2015-03");
            row.createCell(2).setCellValue(42);
            var bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("V-2");
            bad.createCell(1).setCellValue("三月");
            bad.createCell(2).setCellValue(1);
            workbook.write(out);
        }

        var parsed = ProxyServiceRows.read("services.xlsx", new ByteArrayInputStream(out.toByteArray()));

        assertThat(parsed.lines()).containsExactly(new ProxyServiceRows.Line(2, "V-1", YearMonth.of(2015, 3), 42));
        assertThat(parsed.problems()).extracting(p -> p.field()).containsExactly("row 3 month");
    }
}
