package io.shuzhi.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    private Cells() {
    }

    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
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
