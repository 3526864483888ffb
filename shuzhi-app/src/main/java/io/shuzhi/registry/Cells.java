package io.shuzhi.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Parsing of the cell values found in real sheets: dates typed in a few ways, 是/否, amounts in 元. */
final class Cells {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private static final List<DateTimeFormatter> STRICT_DATES = DATES.stream()
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private Cells() {
    }

    private static boolean isoShaped(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    static Optional<LocalDate> date(String text) {
        if (isoShaped(text)) {
            // the usual yyyy-MM-dd without the formatters (a million-row import has two dates a row); a shape that
            // is no real date (2月30日) would fail every spelling below too
            try {
                return Optional.of(LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : STRICT_DATES) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (text) {
            case "是", "Y", "y", "yes", "true", "1" -> Optional.of(true);
            case "否", "", "N", "n", "no", "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** An amount in 元 with at most two decimals, as fen. */
    static Optional<Long> fen(String text) {
        try {
            java.math.BigDecimal yuan = new java.math.BigDecimal(text.replace(",", ""));
            if (yuan.scale() > 2) {
                return Optional.empty();
            }
            return Optional.of(yuan.movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
