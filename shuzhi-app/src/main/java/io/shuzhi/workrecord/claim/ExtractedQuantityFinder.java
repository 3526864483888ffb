package io.shuzhi.workrecord.claim;

import io.shuzhi.analysis.quantity.Qualifier;
import io.shuzhi.analysis.quantity.QuantityExtractor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The analysis library's {@link QuantityExtractor} behind {@link QuantityFinder} (ADR 400). The library counts
 * offsets in code points; Java strings count UTF-16 units, so offsets are converted. "超过/逾/余/多" (MORE_THAN) and
 * "以上/不少于" (AT_LEAST) make a lower bound; every other qualifier (约, 左右, 不到, ranges) is read as the figure.
 */
@Component
public class ExtractedQuantityFinder implements QuantityFinder {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Override
    public List<Quantity> find(String text) {
        return extractor.extract(text).stream()
                .map(q -> new Quantity(q.text(), q.value(), q.unit(),
                        q.qualifier() == Qualifier.MORE_THAN || q.qualifier() == Qualifier.AT_LEAST ? "以上" : null,
                        text.offsetByCodePoints(0, q.start()), text.offsetByCodePoints(0, q.end())))
                .toList();
    }
}
