package io.shuzhi.analysis.section;

import io.shuzhi.analysis.text.Punctuation;

/** Small scans over a paragraph's text used to find lead phrases. */
final class Sentences {

    private Sentences() {
    }

    /** Index of the first lead-ending char (。！？：) at or after {@code from}, or -1. */
    static int leadEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Punctuation.isLeadEnd(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first sentence end (。！？；) or colon at or after {@code from}, or -1. */
    static int clauseEnd(String text, int from, boolean commasToo) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Punctuation.isLeadEnd(c) || Punctuation.isSemicolon(c) || commasToo && Punctuation.isComma(c)) {
                return i;
            }
        }
        return -1;
    }

    static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Punctuation.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Drops trailing punctuation and blanks: "从严治党担当主责。" → "从严治党担当主责". */
    static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && (Punctuation.isTrailing(s.charAt(e - 1)) || io.shuzhi.analysis.text.Whitespace.isBlank(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(0, e);
    }

    /** The lengths of the comma-separated parts of a phrase: "真抓严管，形成新常态" → "4,5". */
    static String shape(String phrase) {
        StringBuilder sb = new StringBuilder();
        int run = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Punctuation.isComma(c)) {
                sb.append(run).append(',');
                run = 0;
            } else {
                run++;
            }
        }
        return sb.append(run).toString();
    }
}
