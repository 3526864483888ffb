package io.shuzhi.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland mobile number (11 digits from 13x to 19x) or a landline with area code (0xx(x)-xxxxxxx(x)). */
final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private PhoneNumber() {
    }

    static String normalize(String text) {
        return text.trim().replace(" ", "");
    }

    /** The {@link #MOBILE} pattern without a regex, for the million-row imports. */
    private static boolean plainMobile(String v) {
        if (v.length() != 11 || v.charAt(0) != '1' || v.charAt(1) < '3' || v.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Why it is not a phone number, without repeating it; empty when valid. */
    static Optional<String> problem(String text) {
        String v = normalize(text);
        if (plainMobile(v) || MOBILE.matcher(v).matches() || LANDLINE.matcher(v).matches()) {
            return Optional.empty();
        }
        return Optional.of("联系电话格式不正确（应为11位手机号或带区号的固定电话）");
    }
}
