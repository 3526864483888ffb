package io.shuzhi.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity number per GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence (odd for
 * men), and a check character computed over the first 17 digits (ISO 7064 MOD 11-2). Only 18-character numbers
 * are accepted; the old 15-digit form was replaced in 2013.
 */
record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** Why the text is not a valid ID number, in words that never repeat the number itself; empty when valid. */
    static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("身份证号不能为空");
        }
        String v = normalize(text);
        if (v.length() != 18) {
            return Optional.of("身份证号应为18位，实际为" + v.length() + "位");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(v.charAt(i))) {
                return Optional.of("身份证号前17位应为数字");
            }
        }
        if (birthDate(v).isEmpty()) {
            return Optional.of("身份证号中的出生日期无效");
        }
        if (checkCharacter(v) != v.charAt(17)) {
            return Optional.of("身份证号校验位不正确");
        }
        return Optional.empty();
    }

    static IdNumber parse(String text) {
        problem(text).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new IdNumber(normalize(text));
    }

    /** Upper-case X and no surrounding blanks, so the same person always hashes the same. */
    static String normalize(String text) {
        return text.trim().toUpperCase(java.util.Locale.ROOT);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    LocalDate birthDate() {
        return birthDate(value).orElseThrow();
    }

    Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    private static Optional<LocalDate> birthDate(String v) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
            return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return io.shuzhi.shared.crypto.Masking.idNumber(value); // never the full number in logs
    }
}
