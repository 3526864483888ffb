package io.shuzhi.analysis.text;

/** Punctuation classes shared by the splitters; ASCII and full-width forms are both normal in reports. */
public final class Punctuation {

    private Punctuation() {
    }

    /** Ends a sentence. */
    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Ends a lead phrase or heading: sentence ends plus colons. */
    public static boolean isLeadEnd(char c) {
        return isSentenceEnd(c) || c == '：' || c == ':';
    }

    public static boolean isSemicolon(char c) {
        return c == '；' || c == ';';
    }

    public static boolean isComma(char c) {
        return c == '，' || c == ',';
    }

    public static boolean isEnumerationComma(char c) {
        return c == '、';
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Trailing punctuation that a heading drops: 。：；，! etc. */
    public static boolean isTrailing(char c) {
        return isLeadEnd(c) || isSemicolon(c) || isComma(c) || c == '、' || c == '.' || c == '．';
    }
}
