package io.shuzhi.campaign;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fallback split on the standard headings: 特色和亮点 / 履职情况 → highlights, 存在…问题 → problems, the
 * paragraph reflecting on 原因 → causes, 下步 / 下一步 / 工作打算 / 思路和措施 → measures. Each paragraph is one item,
 * its lead phrase the first sentence (up to 。). Text before the first heading (title, name) is not part of a
 * section.
 */
@Component
class HeadingReportSplitter implements ReportSplitter {

    /** A heading is a short line without a full stop. */
    private static final int MAX_HEADING_LENGTH = 30;
    private static final Pattern HIGHLIGHTS = Pattern.compile("特色和亮点|特色亮点|履职情况|主要工作|工作成效");
    private static final Pattern PROBLEMS = Pattern.compile("存在.*问题|问题及原因|主要问题");
    private static final Pattern MEASURES = Pattern.compile("下步|下一步|工作打算|思路和措施|努力方向|整改措施");
    private static final Pattern CAUSES = Pattern.compile("^.{0,20}原因");

    @Override
    public ReportContent split(List<String> paragraphs) {
        Map<Section, List<ReportItem>> sections = new EnumMap<>(Section.class);
        Section current = null;
        for (String raw : paragraphs) {
            String p = raw.strip().replace('\u3000', ' ').strip();
            if (p.isEmpty()) {
                continue;
            }
            Section heading = heading(p);
            if (heading != null) {
                current = heading;
                continue;
            }
            if (current == Section.PROBLEMS && CAUSES.matcher(p).find()) {
                current = Section.CAUSES;
            }
            if (current != null) {
                sections.computeIfAbsent(current, s -> new ArrayList<>()).add(item(p));
            }
        }
        return new ReportContent(sections);
    }

    static Section heading(String line) {
        if (line.length() > MAX_HEADING_LENGTH || line.contains("。")) {
            return null;
        }
        String l = line.replaceAll("^[一二三四五六七八九十0-9（()）、.．\\s]+", "");
        if (MEASURES.matcher(l).find()) {
            return Section.MEASURES;
        }
        if (PROBLEMS.matcher(l).find()) {
            return Section.PROBLEMS;
        }
        if (HIGHLIGHTS.matcher(l).find()) {
            return Section.HIGHLIGHTS;
        }
        return null;
    }

    static ReportItem item(String paragraph) {
        int stop = paragraph.indexOf('。');
        if (stop < 0 || stop == paragraph.length() - 1) {
            return new ReportItem("", paragraph);
        }
        return new ReportItem(paragraph.substring(0, stop + 1), paragraph.substring(stop + 1));
    }
}
