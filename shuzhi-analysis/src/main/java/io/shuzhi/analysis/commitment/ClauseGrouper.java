package io.shuzhi.analysis.commitment;

import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a measures sentence into commitment clauses at ，/、 — only where each side is a full commitment:
 * at least six characters with its own target quantity (not opening with it: "…走廊、39个示范点" is a list)
 * or opening with a promise word ("…，完成所有村党组织书记轮训，每季度听取一次汇报"). Other segments join
 * their neighbours; a bare lead-in before 、 ("为每个村、社区…新增…") joins what follows it.
 */
final class ClauseGrouper {

    private static final int MIN_FULL_SEGMENT = 6;

    private final List<String> markers;

    ClauseGrouper(List<String> markers) {
        this.markers = List.copyOf(markers);
    }

    /** Groups the ，/、-separated segments of a sentence so that each group holds one full commitment. */
    List<int[]> group(String text, int from, int to, List<Quantity> targets) {
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
            boolean full = isFull(text, seg, targets);
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

    private boolean isFull(String text, int[] seg, List<Quantity> targets) {
        if (seg[1] - seg[0] < MIN_FULL_SEGMENT) {
            return false;
        }
        if (startsWithMarker(text, seg[0])) {
            return true; // "…，完成所有村党组织书记轮训，每季度听取一次汇报": a promise of its own
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
