package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.section.SectionItem;

/** Locates a point's heading in the text, so a finding about the point can quote it verbatim. */
final class ItemHeadings {

    private static final int MAX_QUOTE = 30;

    private ItemHeadings() {
    }

    /** {start, end} of the heading, or of the point's opening words when it has none. */
    static int[] span(String docText, SectionItem item) {
        if (item.heading() != null && !item.heading().isEmpty()) {
            int at = docText.indexOf(item.heading(), item.start());
            if (at >= 0 && at + item.heading().length() <= item.end()) {
                return new int[] {at, at + item.heading().length()};
            }
        }
        return new int[] {item.start(), Math.min(item.end(), item.start() + MAX_QUOTE)};
    }
}
