package io.shuzhi.analysis.number;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

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
}
