package io.shuzhi.analysis.number;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersCommandTest {

    private static String run(String input) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = NumbersCommand.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneArrayPerLinePlainNumbers() {
        String out = run("村均4.89万元\n半个月\n\n2-3个\n");
        assertThat(out.split("\n", -1)).containsExactly(
                "[{\"text\":\"4.89万\",\"value\":48900,\"kind\":\"NUMBER\",\"start\":2,\"end\":7}]",
                "[{\"text\":\"半\",\"value\":0.5,\"kind\":\"NUMBER\",\"start\":0,\"end\":1}]",
                "[]",
                "[{\"text\":\"2-3\",\"value\":2,\"max\":3,\"kind\":\"RANGE\",\"start\":0,\"end\":3}]",
                "");
    }

    @Test
    void percentAndFraction() {
        assertThat(run("百分之九十九点七 三分之一")).isEqualTo(
                "[{\"text\":\"百分之九十九点七\",\"value\":99.7,\"kind\":\"PERCENT\",\"start\":0,\"end\":8},"
                        + "{\"text\":\"三分之一\",\"value\":0.333333,\"kind\":\"FRACTION\",\"start\":9,\"end\":13}]\n");
    }
}
