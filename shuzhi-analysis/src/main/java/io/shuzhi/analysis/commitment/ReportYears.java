package io.shuzhi.analysis.commitment;

import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionKind;
import java.util.List;

/**
 * Works out the report year: the year reported on (2014 for a report written in December 2014 about
 * 2014, whose measures are plans for 2015). The plan year is always report year + 1, so 明年 in the
 * measures is the plan year. Evidence, strongest first: a year in the headline (2018年度…述职报告);
 * a year in the measures heading (2019年工作打算 → 2018); the earliest year in the measures text
 * (我将在2015年… → 2014); the latest year elsewhere in the report (区财政2014年列支 → 2014).
 */
public final class ReportYears {

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

    /** The earliest (min=true) or latest plausible year written in text[from, to): four digits right before 年. */
    private static Integer first(String text, int from, int to, boolean min) {
        Integer best = null;
        for (int i = text.indexOf('年', from + 4); i >= 0 && i < to; i = text.indexOf('年', i + 1)) {
            int s = i - 4;
            if (s < from || !isYearDigits(text, s, i) || s > 0 && isYearDigit(text.charAt(s - 1))) {
                continue;
            }
            int y = parse(text.substring(s, i));
            if (y < 1949 || y > 2100) {
                continue;
            }
            if (best == null || (min ? y < best : y > best)) {
                best = y;
            }
        }
        return best;
    }

    private static boolean isYearDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isYearDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isYearDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "〇零○Ｏ一二三四五六七八九".indexOf(c) >= 0;
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
