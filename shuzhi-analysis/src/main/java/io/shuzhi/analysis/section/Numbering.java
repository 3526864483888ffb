package io.shuzhi.analysis.section;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering that opens a heading or point, and its depth: 一、/第一部分 (1), （一） (2), 1. / 第一， (3),
 * （1） / ① (4). {@link #NONE} when a line is not numbered.
 */
record Numbering(int level, int length) {

    static final Numbering NONE = new Numbering(0, 0);

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final String DIGITS = "[0-9０-９]{1,2}";
    private static final Pattern[] LEVELS = {
        Pattern.compile("第" + CN + "部分[、，,：:．.\\s\\u3000]*|" + CN + "[、．.][\\s\\u3000]*"),
        Pattern.compile("[（(]" + CN + "[）)][、，,．.\\s\\u3000]*"),
        Pattern.compile(DIGITS + "(?:[、．]|\\.(?![0-9]))[\\s\\u3000]*|第" + CN + "[，,、：:][\\s\\u3000]*"),
        Pattern.compile("[（(]" + DIGITS + "[）)][、．.\\s\\u3000]*|[①-⑳][\\s\\u3000]*"),
    };
    private static final String NUMBER_START = "第一二三四五六七八九十（(0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final Pattern ORDINAL = Pattern.compile("(?:其)?" + CN + "是[，,：:]?");

    static Numbering of(String line) {
        if (line.isEmpty() || NUMBER_START.indexOf(line.charAt(0)) < 0) {
            return NONE; // most paragraphs: no regex work at all
        }
        for (int i = 0; i < LEVELS.length; i++) {
            Matcher m = LEVELS[i].matcher(line);
            if (m.lookingAt() && m.end() < line.length()) {
                return new Numbering(i + 1, m.end());
            }
        }
        return NONE;
    }

    /** Length of a leading 一是/二是 ordinal, or 0. */
    static int ordinalLength(CharSequence text, int from) {
        if (from >= text.length() || "其一二三四五六七八九十".indexOf(text.charAt(from)) < 0) {
            return 0;
        }
        Matcher m = ORDINAL.matcher(text).region(from, Math.min(text.length(), from + 8));
        return m.lookingAt() ? m.end() - from : 0;
    }

    boolean isNumbered() {
        return level > 0;
    }
}
