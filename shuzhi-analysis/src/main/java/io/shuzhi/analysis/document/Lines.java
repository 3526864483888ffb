package io.shuzhi.analysis.document;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into trimmed lines; whitespace includes the full-width space and NBSP common in pasted reports. */
final class Lines {

    private Lines() {
    }

    static List<Paragraph> paragraphsOf(String text) {
        List<Paragraph> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || isRunInParagraphStart(text, i)) {
                int s = lineStart;
                int e = i;
                while (s < e && isBlank(text.charAt(s))) {
                    s++;
                }
                while (e > s && isBlank(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Paragraph(text.substring(s, e), s, e, null));
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    /**
     * Text pasted from PDFs and web pages often loses its line breaks but keeps the two full-width spaces
     * that indent each paragraph: "…工作。　　二、存在的问题". A sentence end followed by such an indent starts
     * a new paragraph.
     */
    private static boolean isRunInParagraphStart(String text, int i) {
        if (i == 0 || i + 1 >= text.length() || text.charAt(i) != '\u3000' || text.charAt(i + 1) != '\u3000') {
            return false;
        }
        char before = text.charAt(i - 1);
        return before == '。' || before == '！' || before == '？' || before == '；' || before == '”' && i > 1 && text.charAt(i - 2) == '。';
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000' || c == '\u00a0'
                || c == '\ufeff' || c == '\u2002' || c == '\u2003' || c == '\u200b' || c == '\f';
    }
}
