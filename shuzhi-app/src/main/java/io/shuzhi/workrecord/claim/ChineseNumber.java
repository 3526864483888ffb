package io.shuzhi.workrecord.claim;

import java.math.BigDecimal;

/** Parses "73", "十二", "二十", "一百零五", "两千三百" — the numerals reports actually use; anything else gives null. */
final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (Character.isDigit(s.charAt(0))) {
            return new BigDecimal(s);
        }
        long total = 0;
        long digit = -1;
        for (char ch : s.toCharArray()) {
            int d = ch == '两' ? 2 : DIGITS.indexOf(ch);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total == 0 && !s.contains("零") ? null : BigDecimal.valueOf(total);
    }
}
