package io.shuzhi.workrecord;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests which counter a commitment should follow, from its words and unit ("到村调研100个以上" → villagesVisited).
 * A small ordered table, most specific first; the person linking confirms, so a miss costs one click, not a wrong
 * figure.
 */
public final class CounterSuggestion {

    /** Every group must match one of its words, and the unit must be one of {@code units}. */
    private record Rule(List<List<String>> groups, List<String> units, Counter counter) {
        boolean matches(String text, String unit) {
            return units.contains(unit) && groups.stream().allMatch(g -> g.stream().anyMatch(text::contains));
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(List.of(List.of("每月", "每个月"), List.of("调研", "基层", "走访")), List.of("天", "日"), Counter.FIELD_DAYS_PER_MONTH),
            new Rule(List.of(List.of("每个乡镇", "各乡镇", "每个街道"), List.of("督办", "督导", "督查")), List.of("次", "遍"), Counter.SUPERVISION_VISITS_PER_TOWNSHIP),
            new Rule(List.of(List.of("督办", "督导", "督查")), List.of("次", "遍"), Counter.SUPERVISION_VISITS),
            new Rule(List.of(List.of("到村", "村")), List.of("个"), Counter.VILLAGES_VISITED),
            new Rule(List.of(List.of("调研", "走访", "到基层")), List.of("个"), Counter.ORGANIZATIONS_VISITED),
            new Rule(List.of(List.of("调研", "走访", "到基层")), List.of("天", "日"), Counter.FIELD_DAYS),
            new Rule(List.of(List.of("调研", "走访", "到基层")), List.of("次"), Counter.FIELD_VISITS),
            new Rule(List.of(List.of("常委会", "领导小组", "专题研究", "会议")), List.of("次"), Counter.MEETINGS),
            new Rule(List.of(List.of("难题", "书记项目")), List.of("个", "项"), Counter.KEY_CHALLENGES_SOLVED),
            new Rule(List.of(List.of("谈心", "谈话")), List.of("次", "人", "人次"), Counter.TALKS),
            new Rule(List.of(List.of("培训", "轮训")), List.of("%"), Counter.TRAINING_COVERAGE),
            new Rule(List.of(List.of("代办")), List.of("件", "项"), Counter.PROXY_SERVICES));

    private static final Pattern UNIT = Pattern.compile("[0-9０-９零一二两三四五六七八九十百千万]+\\s*(人次|个|次|天|日|件|项|遍|人|%)");

    private CounterSuggestion() {
    }

    /** @param unit the commitment's unit as the analyzer found it; null to take the first measure word after a number */
    public static Optional<Counter> suggest(String commitmentText, String unit) {
        if (commitmentText == null) {
            return Optional.empty();
        }
        String u = unit == null || unit.isBlank() ? unitIn(commitmentText) : unit.strip();
        return RULES.stream().filter(r -> r.matches(commitmentText, u)).map(Rule::counter).findFirst();
    }

    private static String unitIn(String text) {
        Matcher m = UNIT.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
