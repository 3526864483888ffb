package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a passage pasted twice close together ("…还没有充分激发风，力度不够，…还没有充分激发出来"). A rolling
 * hash over 12-char windows and a small direct-mapped table of last positions find the repeat in one
 * pass; the match is then widened to the whole repeated passage and its second copy reported with
 * fix "" (delete).
 */
final class RepeatedPassageCheck implements ReportCheck {

    private static final int K = 12;
    private static final int MAX_GAP = 60;
    private static final int MAX_DISTANCE = 400;
    private static final int TABLE_BITS = 14;
    private static final long BASE = 1_000_003L;
    private static final long BASE_POW_K;

    static {
        long p = 1;
        for (int i = 0; i < K; i++) {
            p *= BASE;
        }
        BASE_POW_K = p;
    }

    @Override
    public List<Finding> check(ReportContext report) {
        String text = report.docText();
        int from = report.start();
        int to = report.end();
        List<Finding> out = new ArrayList<>();
        if (to - from < 2 * K) {
            return out;
        }
        int mask = (1 << TABLE_BITS) - 1;
        int[] last = new int[1 << TABLE_BITS];
        long h = 0;
        for (int i = from; i < from + K; i++) {
            h = h * BASE + text.charAt(i);
        }
        for (int i = from; ; ) {
            int slot = (int) (h ^ (h >>> 31) ^ (h >>> 17)) & mask;
            int j = last[slot] - 1;
            last[slot] = i + 1;
            if (j >= from && i - j >= K && i - j <= MAX_DISTANCE && text.regionMatches(j, text, i, K)) {
                int len = K;
                while (i + len < to && j + len < i && text.charAt(j + len) == text.charAt(i + len)) {
                    len++;
                }
                int gap = i - (j + len);
                int line = text.indexOf('\n', i);
                if (line >= 0 && line < i + len) {
                    len = Whitespace.skipBackward(text, i, line) - i; // a pasted paragraph: the copy ends with its line
                }
                if (gap <= MAX_GAP && len >= K && isProse(text, i, i + len)) {
                    out.add(new Finding(FindingRule.REPEATED_PASSAGE, Severity.WARNING,
                            "重复段落：这段文字与前文紧邻重复出现，疑为误粘贴，建议删除",
                            text.substring(i, i + len), "", i, i + len));
                    int next = i + len;
                    if (next + K > to) {
                        break;
                    }
                    i = next;
                    h = 0;
                    for (int k = i; k < i + K; k++) {
                        h = h * BASE + text.charAt(k);
                    }
                    continue;
                }
            }
            if (i + K >= to) {
                break;
            }
            h = h * BASE + text.charAt(i + K) - BASE_POW_K * text.charAt(i);
            i++;
        }
        return out;
    }

    /** Not a run of blanks or separators: the copy must hold at least 8 Han characters and no line break. */
    private static boolean isProse(String text, int from, int to) {
        int han = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf') {
                han++;
            }
        }
        return han >= 8;
    }
}
