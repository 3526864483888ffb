package io.shuzhi.analysis.section;

import java.util.List;
import java.util.function.IntUnaryOperator;

/** A part of a report: its kind, the heading line verbatim, its span (heading included) and its points. */
public record Section(SectionKind kind, String heading, int start, int end, List<SectionItem> items) {

    public Section {
        items = List.copyOf(items);
    }

    public Section remap(IntUnaryOperator offset) {
        return new Section(kind, heading, offset.applyAsInt(start), offset.applyAsInt(end),
                items.stream().map(i -> i.remap(offset)).toList());
    }
}
