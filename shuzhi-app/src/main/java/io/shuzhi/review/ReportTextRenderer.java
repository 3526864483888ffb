package io.shuzhi.review;

import io.shuzhi.campaign.ReportContent;
import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report saved in the editor as the plain text the analyser reads: each part under its standard heading,
 * one paragraph per item. Remembers where each item landed, so a finding's fix can be applied back to the item.
 */
final class ReportTextRenderer {

    static final Map<Section, String> HEADINGS = new EnumMap<>(Map.of(
            Section.HIGHLIGHTS, "履职工作的特色和亮点",
            Section.PROBLEMS, "存在的主要问题",
            Section.CAUSES, "问题产生的原因",
            Section.MEASURES, "下步工作思路和措施"));

    private ReportTextRenderer() {
    }

    /** Where one item is in the rendered text (UTF-16 indices): heading first, then a space-free join with its text. */
    record ItemSpan(Section section, int index, int start, int headingEnd, int end) {
    }

    record Rendered(String text, List<ItemSpan> items) {

        ItemSpan itemAt(int charIndex) {
            return items.stream().filter(i -> charIndex >= i.start() && charIndex < i.end()).findFirst().orElse(null);
        }
    }

    static Rendered render(String title, ReportContent content) {
        StringBuilder sb = new StringBuilder();
        List<ItemSpan> spans = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            sb.append(title.strip()).append("\n\n");
        }
        for (Section s : Section.values()) {
            List<ReportItem> items = content.items(s);
            if (items.isEmpty()) {
                continue;
            }
            sb.append(HEADINGS.get(s)).append("\n\n");
            for (int i = 0; i < items.size(); i++) {
                ReportItem item = items.get(i);
                int start = sb.length();
                sb.append(item.heading());
                int headingEnd = sb.length();
                sb.append(item.text());
                spans.add(new ItemSpan(s, i, start, headingEnd, sb.length()));
                sb.append("\n\n");
            }
        }
        return new Rendered(sb.toString(), List.copyOf(spans));
    }
}
