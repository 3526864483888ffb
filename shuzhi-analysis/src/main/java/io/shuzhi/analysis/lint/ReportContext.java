package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.section.Section;
import java.util.List;

/** What a check sees of one report; all offsets are UTF-16 indices into {@code docText}. */
public record ReportContext(String docText, int start, int end, List<Section> sections, List<Quantity> quantities,
                            List<Commitment> commitments) {
}
