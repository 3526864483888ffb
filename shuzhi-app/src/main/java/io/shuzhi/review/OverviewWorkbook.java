package io.shuzhi.review;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The campaign overview as an .xlsx sheet, with the same columns and order as the page. */
final class OverviewWorkbook {

    private OverviewWorkbook() {
    }

    static byte[] write(CampaignOverview overview, MessageSource messages, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(String.valueOf(overview.year()));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> headers = new ArrayList<>();
            for (String key : List.of("reporter", "status", "quantities", "commitments", "quantified", "dated", "findings")) {
                headers.add(messages.getMessage("review.overview." + key, null, locale));
            }
            overview.rules().forEach(rule -> headers.add(messages.getMessage("review.rule." + rule, null, locale)));
            headers.add(messages.getMessage("review.overview.boilerplate", null, locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (CampaignOverview.Row row : overview.rows()) {
                Row x = sheet.createRow(r++);
                int col = 0;
                x.createCell(col++).setCellValue(row.organizationName());
                x.createCell(col++).setCellValue(messages.getMessage("review.status." + row.status(), null, locale));
                if (!row.analysed()) {
                    x.createCell(col).setCellValue(messages.getMessage("review.overview.notAnalysed", null, locale));
                    continue;
                }
                for (Integer n : List.of(row.quantities(), row.commitments(), row.quantified(), row.dated(), row.findings())) {
                    x.createCell(col++).setCellValue(n);
                }
                for (String rule : overview.rules()) {
                    x.createCell(col++).setCellValue(row.findingsByRule().getOrDefault(rule, 0));
                }
                x.createCell(col).setCellValue(Math.round(row.boilerplateShare() * 1000) / 10.0);
            }
            sheet.createFreezePane(1, 1);
            sheet.setColumnWidth(0, 24 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
