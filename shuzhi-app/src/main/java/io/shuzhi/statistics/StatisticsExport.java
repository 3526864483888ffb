package io.shuzhi.statistics;

import io.shuzhi.registry.XlsxTable;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard's tables as .xlsx: the indicator table, and the yearly statistics workbook in the layout of the
 * party's internal statistics (one sheet per table, subordinate organizations as rows, a total row last).
 */
final class StatisticsExport {

    private StatisticsExport() {
    }

    static void indicators(IndicatorReport report, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable(report.year() + "年指标", List.of("指标", "代码", report.year() + "年", (report.year() - 1) + "年", "增减", "口径"))) {
            indicatorRows(table, report);
            table.write(out);
        }
    }

    static void yearly(IndicatorReport report, List<Breakdown> children, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable("表1 党员队伍基本情况", List.of("单位", "党员总数", "35岁及以下", "36至54岁", "55岁及以上", "流动党员"))) {
            long[] sum = new long[5];
            for (Breakdown b : children) {
                table.row(Arrays.asList(b.name(), b.members(), b.young(), b.middle(), b.old(), b.mobile()));
                sum[0] += b.members();
                sum[1] += b.young();
                sum[2] += b.middle();
                sum[3] += b.old();
                sum[4] += b.mobile();
            }
            // the total row is the whole subtree, which also counts members of the root organization itself
            var v = report.values();
            table.row(Arrays.asList("合计（" + report.organizationName() + "）", v.get("membersTotal"), v.get("membersAged35OrUnder"),
                    v.get("membersAged36To54"), v.get("membersAged55Plus"), v.get("mobileMembers")));
            table.newSheet("表2 非公企业党组织组建情况", List.of("单位", "非公企业数", "已组建党组织", "组建率"));
            for (Breakdown b : children) {
                table.row(Arrays.asList(b.name(), b.privateEnterprises(), b.formed(), b.formationRate()));
            }
            table.row(Arrays.asList("合计（" + report.organizationName() + "）", v.get("privateEnterprises"),
                    sumOf(v.get("privateEnterprisesWithOwnOrganization"), v.get("privateEnterprisesInJointOrganization")),
                    v.get("privateEnterpriseFormationRate")));
            table.newSheet("表3 全部指标", List.of("指标", "代码", report.year() + "年", (report.year() - 1) + "年", "增减", "口径"));
            indicatorRows(table, report);
            table.write(out);
        }
    }

    private static void indicatorRows(XlsxTable table, IndicatorReport report) {
        for (Indicator i : Indicator.values()) {
            table.row(Arrays.asList(i.label + unitSuffix(i.unit), i.key, report.values().get(i.key), report.previous().get(i.key),
                    report.change().get(i.key), i.definition));
        }
    }

    private static String unitSuffix(Indicator.Unit unit) {
        return switch (unit) {
            case COUNT -> "";
            case SHARE -> "（比例）";
            case FEN -> "（分）";
        };
    }

    private static Long sumOf(Number a, Number b) {
        return (a == null ? 0 : a.longValue()) + (b == null ? 0 : b.longValue());
    }
}
