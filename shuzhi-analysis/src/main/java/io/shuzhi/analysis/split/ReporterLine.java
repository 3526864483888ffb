package io.shuzhi.analysis.split;

import io.shuzhi.analysis.text.DataFiles;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the byline that opens a report in a compilation: {@code 中共随县县委书记 陈德贵},
 * {@code 张家村党支部书记：李四}, {@code 述职人：王五}. Positions come from positions.tsv.
 */
final class ReporterLine {

    private static final int MAX_LENGTH = 40;
    private static final String NAME = "(?<name>\\p{IsHan}(?:[ \\u3000]{0,3}[\\p{IsHan}·]){1,3})";
    private static final Pattern ORG_THEN_NAME = Pattern.compile(
            "(?<org>[\\p{IsHan}（）()·]{2,30}?)(?<first>第一|副)?书记[ \\u3000\\t:：]*" + NAME + "(?:同志)?");
    private static final Pattern NAME_THEN_ORG = Pattern.compile(
            NAME + "(?:[ \\u3000\\t]+|[ \\u3000]*[（(])(?<org>[\\p{IsHan}·]{2,30}?)(?<first>第一|副)?书记[）)]?");
    private static final Pattern DECLARANT = Pattern.compile("述职人[ \\u3000]*[:：][ \\u3000]*" + NAME);

    private final List<String[]> positions = DataFiles.rows("positions.tsv");

    /** Returns the reporter named by {@code line}, or null when the line is not a byline. */
    Reporter parse(String line) {
        int dash = 0;
        while (dash < line.length() && (line.charAt(dash) == '—' || line.charAt(dash) == '-' || line.charAt(dash) == '─')) {
            dash++;
        }
        line = line.substring(dash).strip(); // "——中共随县县委书记 陈德贵"
        if (line.isEmpty() || line.length() > MAX_LENGTH || line.indexOf('。') >= 0 || line.indexOf('，') >= 0) {
            return null;
        }
        Matcher m = ORG_THEN_NAME.matcher(line);
        if (!m.matches()) {
            m = NAME_THEN_ORG.matcher(line);
            if (!m.matches()) {
                Matcher d = DECLARANT.matcher(line);
                return d.matches() ? new Reporter(compact(d.group("name")), null, null) : null;
            }
        }
        String org = m.group("org");
        String position = positionOf(org);
        if (position == null) {
            return null;
        }
        if ("第一".equals(m.group("first"))) {
            position = "第一书记";
        } else if ("副".equals(m.group("first"))) {
            position = position.substring(0, position.length() - 2) + "副书记"; // 县委书记 → 县委副书记
        }
        return new Reporter(compact(m.group("name")), position, org);
    }

    private String positionOf(String org) {
        for (String[] row : positions) {
            if (org.endsWith(row[0])) {
                return row[1];
            }
        }
        return null;
    }

    private static String compact(String name) {
        String compact = name.replace(" ", "").replace("\u3000", "");
        return compact.length() > 3 && compact.endsWith("同志") ? compact.substring(0, compact.length() - 2) : compact;
    }
}
