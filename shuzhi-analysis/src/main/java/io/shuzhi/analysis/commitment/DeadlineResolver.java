package io.shuzhi.analysis.commitment;

import io.shuzhi.analysis.text.DataFiles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the time words of a measures clause (明年9月底前, 年底前, 三季度末, 2020年底前, 每年 …) to a deadline,
 * from the rules in deadlines.tsv. Relative words need the plan year (report year + 1); without it they
 * resolve to null. Thread-safe.
 */
final class DeadlineResolver {

    /** A time expression found in a clause: where it is and the deadline it sets (null when unresolvable). */
    record TimeExpression(int start, int end, LocalDate deadline) {
    }

    private record Rule(Pattern pattern, String year, String month, char trigger) {
    }

    private final List<Rule> rules = new ArrayList<>();

    DeadlineResolver() {
        for (String[] row : DataFiles.rows("deadlines.tsv")) {
            rules.add(new Rule(Pattern.compile(row[0]), row[1], row[2], row.length > 4 && !row[4].isEmpty() ? row[4].charAt(0) : 0));
        }
    }

    /** All time expressions in {@code text} (ASCII-digit form, same length as the original), left to right. */
    List<TimeExpression> find(String text, Integer planYear) {
        List<TimeExpression> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Rule rule : rules) {
            if (rule.trigger != 0 && text.indexOf(rule.trigger) < 0) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                if (taken[m.start()] || taken[m.end() - 1] || precededByDigit(text, m.start())) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                found.add(new TimeExpression(m.start(), m.end(), resolve(rule, m, planYear)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean precededByDigit(String text, int at) {
        return at > 0 && Character.isDigit(text.charAt(at - 1));
    }

    private static LocalDate resolve(Rule rule, Matcher m, Integer planYear) {
        Integer year = switch (rule.year) {
            case "EXPLICIT" -> Integer.parseInt(m.group("y"));
            case "PLAN" -> planYear;
            case "PLAN+N" -> planYear == null ? null : planYear + chineseOrDigit(m.group("n")) - 1;
            default -> throw new IllegalStateException("bad year rule " + rule.year);
        };
        if (year == null) {
            return null;
        }
        int month = switch (rule.month) {
            case "MONTH" -> chineseOrDigit(m.group("m"));
            case "QUARTER" -> chineseOrDigit(m.group("q")) * 3;
            default -> Integer.parseInt(rule.month);
        };
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month).atEndOfMonth();
    }

    static int chineseOrDigit(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int value = 0;
        int tenAt = s.indexOf('十');
        if (tenAt >= 0) {
            value = tenAt == 0 ? 10 : digit(s.charAt(0)) * 10;
            if (tenAt + 1 < s.length()) {
                value += digit(s.charAt(tenAt + 1));
            }
            return value;
        }
        return digit(s.charAt(0));
    }

    private static int digit(char c) {
        return c == '两' ? 2 : "〇一二三四五六七八九".indexOf(c);
    }
}
