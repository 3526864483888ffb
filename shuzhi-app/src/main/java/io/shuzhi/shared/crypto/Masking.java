package io.shuzhi.shared.crypto;

/**
 * How personal data looks in lists, exports and logs: enough to recognise a person, not enough to misuse.
 * ID number 420102199003071234 → 4201**********1234; mobile 13812345678 → 138****5678.
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String v = value.trim();
        if (v.length() <= 8) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
    }

    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String v = value.trim();
        if (v.length() == 11 && v.charAt(0) == '1') {
            return v.substring(0, 3) + "****" + v.substring(7);
        }
        if (v.length() <= 4) {
            return "*".repeat(v.length());
        }
        // landlines and anything else: only the last four digits stay readable
        return "*".repeat(v.length() - 4) + v.substring(v.length() - 4);
    }
}
