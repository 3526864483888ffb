package io.shuzhi.campaign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Differences between two versions of a report, section by section, item by item: a longest-common-subsequence
 * over the items, so a moved or inserted item does not mark everything after it as changed.
 */
public final class ReportDiff {

    private ReportDiff() {
    }

    public enum Change { SAME, ADDED, REMOVED }

    public record Line(Change change, String heading, String text) {
    }

    public static Map<Section, List<Line>> between(ReportContent older, ReportContent newer) {
        Map<Section, List<Line>> result = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            result.put(s, diff(older.items(s), newer.items(s)));
        }
        return result;
    }

    static List<Line> diff(List<ReportItem> a, List<ReportItem> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(line(Change.SAME, a.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                lines.add(line(Change.REMOVED, a.get(i++)));
            } else {
                lines.add(line(Change.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            lines.add(line(Change.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            lines.add(line(Change.ADDED, b.get(j++)));
        }
        return lines;
    }

    private static Line line(Change change, ReportItem item) {
        return new Line(change, item.heading(), item.text());
    }
}
