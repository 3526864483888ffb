package io.shuzhi.analysis.section;

import java.util.function.IntUnaryOperator;

/** One point of a section: its lead phrase or numbered sub-heading (verbatim, numbering and final 。 dropped) and its span. */
public record SectionItem(String heading, int start, int end) {

    public SectionItem remap(IntUnaryOperator offset) {
        return new SectionItem(heading, offset.applyAsInt(start), offset.applyAsInt(end));
    }
}
