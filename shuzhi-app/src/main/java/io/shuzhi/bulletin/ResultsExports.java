package io.shuzhi.bulletin;

import io.shuzhi.evaluation.AccountabilityAction;
import io.shuzhi.evaluation.Evaluation;
import io.shuzhi.evaluation.Grade;
import io.shuzhi.evaluation.GroupResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Results as .xlsx (one row per reporter, then the voting statistics) and as a one-page PDF summary. */
@Component
public class ResultsExports {

    static final Map<Grade, String> GRADE = Map.of(Grade.GOOD, "好", Grade.FAIRLY_GOOD, "较好", Grade.AVERAGE, "一般", Grade.POOR, "差");
    static final Map<AccountabilityAction, String> ACTION = Map.of(AccountabilityAction.ADMONITION_TALK, "约谈",
            AccountabilityAction.DISQUALIFY_HONOURS, "取消评优评先资格", AccountabilityAction.WARNING_TALK, "诫勉谈话");
    static final List<String> HEADER = List.of("名次", "单位", "书记", "好", "较好", "一般", "差", "测评得分", "日常考核", "综合得分", "等次", "问责", "各组“好”占比");

    private final BulletinPdf pdf;

    ResultsExports(BulletinPdf pdf) {
        this.pdf = pdf;
    }

    byte[] xlsx(CampaignResults results, String title) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("测评结果");
            sheet.createRow(0).createCell(0).setCellValue(title + "（评价方案第" + results.schemeVersion() + "版，测评场次" + results.sessionId() + "）");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 2;
            for (CampaignResults.Row row : results.rows()) {
                List<Object> cells = cells(row);
                Row x = sheet.createRow(r++);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    if (v instanceof Number n) {
                        x.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        x.createCell(i).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            r++;
            sheet.createRow(r++).createCell(0).setCellValue("投票情况：" + results.turnout() + " / " + results.seats());
            for (var e : results.seatsByGroup().entrySet()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(e.getKey());
                x.createCell(1).setCellValue("已投 " + results.turnoutByGroup().getOrDefault(e.getKey(), 0) + " / " + e.getValue());
                x.createCell(2).setCellValue("全部评“好”的选票 " + results.allGoodBallotsByGroup().getOrDefault(e.getKey(), 0));
            }
            for (int i = 0; i < HEADER.size(); i++) {
                sheet.setColumnWidth(i, i == 1 || i == 12 ? 30 * 256 : 11 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(CampaignResults results, String title) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("评价方案第" + results.schemeVersion() + "版　投票 " + results.turnout() + " / " + results.seats());
        for (CampaignResults.Row row : results.rows()) {
            Evaluation e = row.evaluation();
            lines.add("第" + e.rank() + "名　" + row.reporter().organizationName() + "　综合得分 " + plain(e.totalScore())
                    + "　等次 " + (e.grade() == null ? "—" : GRADE.get(e.grade())) + "　测评 " + plain(e.ballotScore()) + "　日常 "
                    + plain(e.routineScore()) + "　好/较好/一般/差 " + counts(e) + (e.consequences().isEmpty() ? "" : "　" + actions(e)));
        }
        results.seatsByGroup().forEach((g, seats) -> lines.add(g + "：已投 " + results.turnoutByGroup().getOrDefault(g, 0) + " / " + seats
                + "，全部评“好”的选票 " + results.allGoodBallotsByGroup().getOrDefault(g, 0)));
        return pdf.renderLines(title + " 测评结果", lines);
    }

    static List<Object> cells(CampaignResults.Row row) {
        Evaluation e = row.evaluation();
        return List.of(e.rank(), row.reporter().organizationName(), String.valueOf(row.reporter().secretaryName() == null ? "" : row.reporter().secretaryName()),
                e.gradeCounts().get(Grade.GOOD), e.gradeCounts().get(Grade.FAIRLY_GOOD), e.gradeCounts().get(Grade.AVERAGE),
                e.gradeCounts().get(Grade.POOR), num(e.ballotScore()), num(e.routineScore()), num(e.totalScore()),
                e.grade() == null ? "" : GRADE.get(e.grade()), actions(e),
                e.groups().stream().map(g -> g.group() + " " + percent(g)).collect(Collectors.joining("；")));
    }

    public static String counts(Evaluation e) {
        return e.gradeCounts().get(Grade.GOOD) + "/" + e.gradeCounts().get(Grade.FAIRLY_GOOD) + "/"
                + e.gradeCounts().get(Grade.AVERAGE) + "/" + e.gradeCounts().get(Grade.POOR);
    }

    /** One group's counts as 好/较好/一般/差. */
    public static String counts(GroupResult g) {
        return g.gradeCounts().getOrDefault(Grade.GOOD, 0) + "/" + g.gradeCounts().getOrDefault(Grade.FAIRLY_GOOD, 0) + "/"
                + g.gradeCounts().getOrDefault(Grade.AVERAGE, 0) + "/" + g.gradeCounts().getOrDefault(Grade.POOR, 0);
    }

    static String actions(Evaluation e) {
        return e.consequences().stream().map(ACTION::get).collect(Collectors.joining("、"));
    }

    public static String percent(GroupResult g) {
        return g.goodShare() == null ? "—" : g.goodShare().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    private static Object num(BigDecimal v) {
        return v == null ? "" : v;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
