package io.shuzhi.analysis.quantity;

import io.shuzhi.analysis.number.NumberJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code shuzhi quantities}: reads UTF-8 lines and prints, per line, one JSON array of quantities
 * {@code {"text","value","max","unit","qualifier","start","end"}} (max and unit null when absent).
 */
public final class QuantitiesCommand {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private QuantitiesCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(InputStream in, PrintStream out) {
        return NumberJson.printPerLine(in, out, QuantitiesCommand::toJson);
    }

    /** The JSON array for one line. */
    public static String toJson(String line) {
        ArrayNode array = NumberJson.MAPPER.createArrayNode();
        for (Quantity q : EXTRACTOR.extract(line)) {
            ObjectNode o = array.addObject();
            o.put("text", q.text());
            NumberJson.putNumber(o, "value", q.value());
            NumberJson.putNumber(o, "max", q.max());
            if (q.unit() == null) {
                o.putNull("unit");
            } else {
                o.put("unit", q.unit());
            }
            o.put("qualifier", q.qualifier().name());
            o.put("start", q.start());
            o.put("end", q.end());
        }
        return NumberJson.MAPPER.writeValueAsString(array);
    }

    public static void main(String[] args) {
        System.exit(run(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }
}
