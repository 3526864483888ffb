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
            if (i == n || text.charAt(i) == '\n') {
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

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000' || c == '\u00a0'
                || c == '\ufeff' || c == '\u2002' || c == '\u2003' || c == '\u200b' || c == '\f';
    }
}
