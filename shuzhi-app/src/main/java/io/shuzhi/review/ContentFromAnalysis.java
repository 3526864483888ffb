package io.shuzhi.review;

import io.shuzhi.campaign.ReportContent;
import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the sections and points the analyser found in an uploaded report into the editor's structure: each point
 * becomes an item whose heading is its lead phrase ("从严治党担当主责。") and whose text is the rest.
 */
final class ContentFromAnalysis {

    private ContentFromAnalysis() {
    }

    static ReportContent of(String text, AnalysisView report) {
        Map<Section, List<ReportItem>> sections = new EnumMap<>(Section.class);
        for (AnalysisView.Part s : report.sections()) {
            Section kind = Section.valueOf(s.kind());
            List<ReportItem> items = sections.computeIfAbsent(kind, k -> new ArrayList<>());
            if (s.items().isEmpty()) {
                // a part without recognisable points: keep its body as one item rather than lose it
                String body = slice(text, s.start(), s.end()).strip();
                body = body.startsWith(s.heading()) ? body.substring(s.heading().length()).strip() : body;
                items.add(new ReportItem("", body));
                continue;
            }
            for (AnalysisView.Item item : s.items()) {
                items.add(item(slice(text, item.start(), item.end()).strip(), item.heading()));
            }
        }
        return new ReportContent(sections);
    }

    /** Splits "从严治党担当主责。我主持召开…" after the lead phrase and its punctuation. */
    static ReportItem item(String itemText, String heading) {
        if (heading == null || heading.isBlank()) {
            return new ReportItem("", itemText);
        }
        int at = itemText.indexOf(heading);
        if (at < 0 || at > 8) {
            return new ReportItem("", itemText);
        }
        int end = at + heading.length();
        while (end < itemText.length() && "。：:，,；;！".indexOf(itemText.charAt(end)) >= 0) {
            end++;
        }
        return new ReportItem(itemText.substring(0, end), itemText.substring(end));
    }

    private static String slice(String text, int startCp, int endCp) {
        return text.substring(text.offsetByCodePoints(0, startCp), text.offsetByCodePoints(0, endCp));
    }
}
