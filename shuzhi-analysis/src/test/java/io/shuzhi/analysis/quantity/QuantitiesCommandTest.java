package io.shuzhi.analysis.quantity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesCommandTest {

    private static String run(String input) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = QuantitiesCommand.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneArrayPerLine() {
        assertThat(run("村均4.89万元\n12月29日\n每年牵头破解2-3个党建难题\n解决了3000多农户融资难题\n")).isEqualTo(
                "[{\"text\":\"4.89万元\",\"value\":48900,\"max\":null,\"unit\":\"元\",\"qualifier\":\"EXACT\",\"start\":2,\"end\":8}]\n"
                        + "[]\n"
                        + "[{\"text\":\"2-3个\",\"value\":2,\"max\":3,\"unit\":\"个\",\"qualifier\":\"RANGE\",\"start\":6,\"end\":10}]\n"
                        + "[{\"text\":\"3000多\",\"value\":3000,\"max\":null,\"unit\":null,\"qualifier\":\"MORE_THAN\",\"start\":3,\"end\":8}]\n");
    }

    @Test
    void percentValuesArePlain() {
        assertThat(run("99.7%的村")).contains("\"value\":99.7,").contains("\"unit\":\"%\"");
    }

    @Test
    void extractorIsThreadSafe() {
        String text = SeedFiles.read("000_11e4e87ea8b66152.txt");
        QuantityExtractor extractor = new QuantityExtractor();
        List<Quantity> expected = extractor.extract(text);
        List<List<Quantity>> results = IntStream.range(0, 16).parallel().mapToObj(i -> extractor.extract(text)).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
