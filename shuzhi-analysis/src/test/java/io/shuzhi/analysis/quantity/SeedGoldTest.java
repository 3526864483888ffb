package io.shuzhi.analysis.quantity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Precision and recall of the quantities of the first seed against the hand annotation in gold/. */
class SeedGoldTest {

    private static final String SEED = "000_11e4e87ea8b66152.txt";
    private static final String GOLD = "/gold/000_11e4e87ea8b66152.quantities.tsv";

    static String key(Quantity q) {
        String value = q.value().stripTrailingZeros().toPlainString()
                + (q.max() == null ? "" : ".." + q.max().stripTrailingZeros().toPlainString());
        return q.text() + "\t" + value + "\t" + (q.unit() == null ? "-" : q.unit()) + "\t" + q.qualifier();
    }

    static List<String> gold() throws IOException {
        try (InputStream in = SeedGoldTest.class.getResourceAsStream(GOLD)) {
            assertThat(in).as("gold file " + GOLD).isNotNull();
            List<String> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip());
                }
            }
            return rows;
        }
    }

    @Test
    void seedQuantitiesMatchGold() throws IOException {
        String text = SeedFiles.read(SEED); // fails, never skips, when the seed is missing
        QuantityExtractor extractor = new QuantityExtractor();
        List<String> found = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (Quantity q : extractor.extract(text)) {
            assertThat(new String(cps, q.start(), q.end() - q.start())).isEqualTo(q.text());
            found.add(key(q));
        }
        List<String> gold = gold();
        Map<String, Integer> remaining = new HashMap<>();
        gold.forEach(g -> remaining.merge(g, 1, Integer::sum));
        List<String> falsePositives = new ArrayList<>();
        int truePositives = 0;
        for (String f : found) {
            Integer left = remaining.get(f);
            if (left != null && left > 0) {
                remaining.put(f, left - 1);
                truePositives++;
            } else {
                falsePositives.add(f);
            }
        }
        List<String> missed = new ArrayList<>();
        remaining.forEach((k, v) -> {
            for (int i = 0; i < v; i++) {
                missed.add(k);
            }
        });
        double precision = found.isEmpty() ? 0 : (double) truePositives / found.size();
        double recall = gold.isEmpty() ? 0 : (double) truePositives / gold.size();
        assertThat(falsePositives).as("false positives (precision %.3f)", precision).isEmpty();
        assertThat(missed).as("missed (recall %.3f)", recall).isEmpty();
        assertThat(found).as("order of appearance").containsExactlyElementsOf(gold);
    }

    @Test
    void linesGiveTheSameQuantitiesAsTheWholeText() {
        String text = SeedFiles.read(SEED);
        QuantityExtractor extractor = new QuantityExtractor();
        List<String> perLine = new ArrayList<>();
        for (String line : text.split("\n")) {
            extractor.extract(line).forEach(q -> perLine.add(key(q)));
        }
        assertThat(perLine).containsExactlyElementsOf(extractor.extract(text).stream().map(SeedGoldTest::key).toList());
    }
}
