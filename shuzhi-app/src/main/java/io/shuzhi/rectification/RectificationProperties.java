package io.shuzhi.rectification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Local rules as configuration ({@code shuzhi.followup.problems.*}), with the defaults most places use.
 *
 * @param staleDays           no activity for this many days makes an open problem stale
 * @param similarityThreshold bigram Jaccard at or above which last year's problem is shown as "the same again"
 * @param evidenceMaxSize     largest evidence file accepted
 */
@ConfigurationProperties("shuzhi.followup.problems")
public record RectificationProperties(Integer staleDays, Double similarityThreshold, DataSize evidenceMaxSize) {

    public RectificationProperties {
        staleDays = staleDays == null ? 30 : staleDays;
        similarityThreshold = similarityThreshold == null ? 0.5 : similarityThreshold;
        evidenceMaxSize = evidenceMaxSize == null ? DataSize.ofMegabytes(20) : evidenceMaxSize;
    }
}
