package io.shuzhi.campaign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The body of a duty report: for each {@link Section} a list of items; blank items are dropped. */
public record ReportContent(Map<Section, List<ReportItem>> sections) {

    public static final ReportContent EMPTY = new ReportContent(Map.of());

    public ReportContent {
        Map<Section, List<ReportItem>> copy = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<ReportItem> items = sections == null ? null : sections.get(s);
            copy.put(s, items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank()).toList());
        }
        sections = Map.copyOf(copy);
    }

    public List<ReportItem> items(Section section) {
        return sections.get(section);
    }

    public boolean isEmpty() {
        return sections.values().stream().allMatch(List::isEmpty);
    }

    /** The sections a report must have before it can be submitted but does not. */
    public List<Section> missingForSubmission() {
        List<Section> missing = new ArrayList<>();
        for (Section s : List.of(Section.HIGHLIGHTS, Section.PROBLEMS, Section.MEASURES)) {
            if (items(s).isEmpty()) {
                missing.add(s);
            }
        }
        return missing;
    }

    /** All text, for search and for the PDF check. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Section s : Section.values()) {
            items(s).forEach(i -> sb.append(i.heading()).append(i.text()).append('\n'));
        }
        return sb.toString();
    }
}
