package io.shuzhi.workrecord.visit;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The separate points of a visit's findings text, one per line or per "；": each can become a problem of its own.
 * Leading numbering ("1.", "2、", "（一）") is dropped. Pure.
 */
public final class Findings {

    private static final Pattern SEPARATOR = Pattern.compile("[\\n\\r；;]+");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+[.、)）]|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、)\\s*");

    private Findings() {
    }

    public static List<String> split(String findings) {
        if (findings == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATOR.split(findings))
                .map(s -> NUMBERING.matcher(s.strip()).replaceFirst("").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
