package io.shuzhi.analysis.number;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code shuzhi numbers}: reads UTF-8 lines and prints, per line, one JSON array of the numerals found:
 * {@code {"text","value","kind","start","end"}} plus {@code "max"} for ranges. Offsets are code point
 * offsets into the line.
 */
public final class NumbersCommand {

    private static final Numerals NUMERALS = new Numerals();

    private NumbersCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(InputStream in, PrintStream out) {
        return NumberJson.printPerLine(in, out, NumbersCommand::toJson);
    }

    /** The JSON array for one line. */
    public static String toJson(String line) {
        ArrayNode array = NumberJson.MAPPER.createArrayNode();
        for (Numeral n : NUMERALS.find(line)) {
            ObjectNode o = array.addObject();
            o.put("text", n.text());
            NumberJson.putNumber(o, "value", n.value());
            if (n.kind() == NumeralKind.RANGE) {
                NumberJson.putNumber(o, "max", n.max());
            }
            o.put("kind", n.kind().name());
            o.put("start", n.start());
            o.put("end", n.end());
        }
        return NumberJson.MAPPER.writeValueAsString(array);
    }

    public static void main(String[] args) {
        System.exit(run(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }
}
