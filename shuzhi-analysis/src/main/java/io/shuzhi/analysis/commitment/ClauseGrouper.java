package io.shuzhi.analysis.commitment;

import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a measures sentence into commitment clauses at ，/、 — only where each side is a full commitment:
 * at least six characters with its own target quantity (not opening with it: "…走廊、39个示范点" is a list)
 * or opening with a promise word ("…，完成所有村党组织书记轮训，每季度听取一次汇报"), or with its own time word
 * and a promise word ("每月开展一次主题党日，年内实现…全覆盖"). Other segments join
 * their neighbours; a bare lead-in before 、 ("为每个村、社区…新增…") joins what follows it.
 */
final class ClauseGrouper {

    private static final int MIN_FULL_SEGMENT = 6;
    private static final String[] TIME_SUFFIXES = {"以前", "之前", "前"};

    private final List<String> markers;

    ClauseGrouper(List<String> markers) {
        this.markers = List.copyOf(markers);
    }

    /** Groups the ，/、-separated segments of a sentence so that each group holds one full commitment. */
    List<int[]> group(String text, int from, int to, List<Quantity> targets) {
        return group(text, from, to, targets, new int[0]);
    }

    /**
     * As {@link #group(String, int, int, List)}; {@code timeStarts} are the offsets in {@code text} where a time
     * expression starts and {@code timeEnds} where it ends (pairs: start, end, start, end…), so that a segment
     * opening with its own deadline and a promise ("…，年内实现全覆盖", "6月底前完成选拔，…") is full.
     */
    List<int[]> group(String text, int from, int to, List<Quantity> targets, int[] times) {
        List<int[]> segments = new ArrayList<>(); // {start, end, separatorAfter}
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || Punctuation.isComma(text.charAt(i)) || text.charAt(i) == '、') {
                segments.add(new int[] {s, i, i == to ? 0 : text.charAt(i)});
                s = i + 1;
            }
        }
        List<int[]> groups = new ArrayList<>();
        int groupStart = -1;
        boolean groupFull = false;
        int pendingStart = -1; // start of bare lead-ins before 、 ("为每个村、社区…"): they belong with what follows
        int previousEnd = from;
        for (int[] seg : segments) {
            boolean full = isFull(text, seg, targets, times);
            if (groupStart < 0) {
                groupStart = seg[0];
                groupFull = full;
            } else if (full && groupFull) {
                int cut = pendingStart >= 0 ? pendingStart : seg[0];
                groups.add(new int[] {groupStart, pendingStart >= 0 ? cut - 1 : previousEnd});
                groupStart = cut;
            } else {
                groupFull |= full;
            }
            if (!full && seg[2] == '、') {
                if (pendingStart < 0) {
                    pendingStart = seg[0];
                }
            } else {
                pendingStart = -1;
            }
            previousEnd = seg[1];
        }
        if (groupStart >= 0) {
            groups.add(new int[] {groupStart, to});
        }
        return groups;
    }

    private boolean isFull(String text, int[] seg, List<Quantity> targets, int[] times) {
        if (seg[1] - seg[0] < MIN_FULL_SEGMENT) {
            return false;
        }
        if (startsWithMarker(text, seg[0])) {
            return true; // "…，完成所有村党组织书记轮训，每季度听取一次汇报": a promise of its own
        }
        for (int k = 0; k + 1 < times.length; k += 2) {
            if (times[k] == seg[0]) {
                int after = times[k + 1];
                for (String suffix : TIME_SUFFIXES) {
                    if (text.startsWith(suffix, after)) {
                        after += suffix.length();
                        break;
                    }
                }
                if (after < seg[1] && startsWithMarker(text, after)) {
                    return true; // "…，年内实现流动党员线上学习全覆盖": its own deadline and promise
                }
            }
        }
        for (Quantity q : targets) {
            if (q.start() >= seg[0] && q.end() <= seg[1]) {
                // "…四条党建工作走廊、39个村级示范点": a list item that opens with its number has no verb of its own
                return q.start() > seg[0];
            }
        }
        return false;
    }

    private boolean startsWithMarker(String text, int at) {
        for (String m : markers) {
            if (text.startsWith(m, at)) {
                return true;
            }
        }
        return false;
    }
}
