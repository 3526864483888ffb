package io.shuzhi.analysis.commitment;

import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out the report year: the year reported on (2014 for a report written in December 2014 about
 * 2014, whose measures are plans for 2015). The plan year is always report year + 1, so 明年 in the
 * measures is the plan year. Evidence, strongest first: a year in the headline (2018年度…述职报告);
 * a year in the measures heading (2019年工作打算 → 2018); the earliest year in the measures text
 * (我将在2015年… → 2014); the latest year elsewhere in the report (区财政2014年列支 → 2014).
 */
public final class ReportYears {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])([12１２][0-9０-９]{3}|[一二][〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{2})年");

    private ReportYears() {
    }

    /** The report year from the report's own text, or null. */
    public static Integer detect(String docText, String title, int bodyStart, int bodyEnd, List<Section> sections) {
        Integer fromTitle = title == null ? null : first(title, 0, title.length(), true);
        if (fromTitle != null) {
            return fromTitle;
        }
        Integer latestElsewhere = null;
        int cursor = bodyStart;
        for (Section s : sections) {
            if (s.kind() == SectionKind.MEASURES) {
                Integer inHeading = first(s.heading(), 0, s.heading().length(), true);
                if (inHeading != null) {
                    return inHeading - 1;
                }
                Integer plan = first(docText, s.start(), s.end(), true);
                if (plan != null) {
                    return plan - 1;
                }
            }
        }
        for (Section s : sections) {
            if (s.kind() != SectionKind.MEASURES) {
                Integer y = first(docText, s.start(), s.end(), false);
                if (y != null && (latestElsewhere == null || y > latestElsewhere)) {
                    latestElsewhere = y;
                }
            }
        }
        if (latestElsewhere == null && sections.isEmpty()) {
            latestElsewhere = first(docText, cursor, bodyEnd, false);
        }
        return latestElsewhere;
    }

    /** The earliest (min=true) or latest plausible year written in text[from, to). */
    private static Integer first(String text, int from, int to, boolean min) {
        Matcher m = YEAR.matcher(text).region(from, to);
        Integer best = null;
        while (m.find()) {
            int y = parse(m.group(1));
            if (y < 1949 || y > 2100) {
                continue;
            }
            if (best == null || (min ? y < best : y > best)) {
                best = y;
            }
        }
        return best;
    }

    private static int parse(String digits) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= '０' && c <= '９') {
                d = c - '０';
            } else {
                d = "〇一二三四五六七八九".indexOf(c);
                if (d < 0) {
                    d = 0; // 零 ○ Ｏ
                }
            }
            v = v * 10 + d;
        }
        return v;
    }
}
