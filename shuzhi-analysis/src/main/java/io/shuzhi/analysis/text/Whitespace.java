package io.shuzhi.analysis.text;

/** What counts as blank in reports: ASCII whitespace plus the full-width space, NBSP, BOM and zero-width space. */
public final class Whitespace {

    private Whitespace() {
    }

    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000' || c == '\u00a0'
                || c == '\ufeff' || c == '\u2002' || c == '\u2003' || c == '\u200b' || c == '\f';
    }

    /** Index of the first non-blank char at or after {@code from}, not past {@code to}. */
    public static int skipForward(CharSequence s, int from, int to) {
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Index just after the last non-blank char before {@code to}, not before {@code from}. */
    public static int skipBackward(CharSequence s, int from, int to) {
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
