package io.shuzhi.analysis.number;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/** JSON helpers shared by the numbers and quantities commands: plain numbers, no exponent, no trailing zeros. */
public final class NumberJson {

    /** Thread-safe once built. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private NumberJson() {
    }

    /** Puts {@code value} as an integer when it is one (48900, not 4.89E+4), else as a plain decimal (0.5). */
    public static void putNumber(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
            return;
        }
        BigDecimal s = value.stripTrailingZeros();
        if (s.scale() <= 0) {
            node.put(field, s.toBigIntegerExact());
        } else {
            node.put(field, s);
        }
    }

    /**
     * The loop of the line-oriented commands: reads UTF-8 lines from {@code in} and prints {@code toJson} of each
     * on its own line. Returns the process exit code.
     */
    public static int printPerLine(InputStream in, PrintStream out, UnaryOperator<String> toJson) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(toJson.apply(line));
            }
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
