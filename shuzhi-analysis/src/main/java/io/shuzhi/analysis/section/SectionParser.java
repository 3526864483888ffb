package io.shuzhi.analysis.section;

import io.shuzhi.analysis.document.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sections of one report and their points. Headings are short lines containing a section
 * keyword (any numbering); a deeper-numbered line of the section's own kind is a point, not a new
 * section. The reflection on causes is usually a paragraph inside the problems part opening with
 * 深刻反思…原因: it starts a CAUSES section that runs to the next heading and lies inside the problems
 * section's span (the problems' points stop before it). Thread-safe.
 */
public final class SectionParser {

    private final SectionHeadings headings;
    private final ItemSplitter items = new ItemSplitter();

    public SectionParser(SectionHeadings headings) {
        this.headings = headings;
    }

    public List<Section> parse(List<Paragraph> body) {
        List<Section> sections = new ArrayList<>();
        Open current = null;
        for (Paragraph p : body) {
            String text = p.text();
            SectionKind kind = headings.kindOf(text);
            Numbering numbering = Numbering.of(text);
            if (kind != null && current != null && isPointOf(current, kind, numbering)) {
                if (kind != current.kind || !headings.restates(text.substring(numbering.length()))) {
                    current.body.add(p); // "（三）打造特色品牌" under the highlights is one of its points
                }
                continue; // "（一）存在不足" under "二、存在问题及原因" only restates its section
            }
            if (kind != null) {
                close(current, sections);
                current = new Open(kind, text, p.start(), numbering.level(), false);
                continue;
            }
            Paragraph inlineRest = inlineHeadingRest(p, numbering);
            if (inlineRest != null) {
                close(current, sections);
                String heading = text.substring(0, inlineRest.start() - p.start()).strip();
                heading = Sentences.stripTrailing(heading);
                current = new Open(headings.keywordKind(heading.substring(numbering.length())), heading, p.start(),
                        numbering.level(), false);
                current.body.add(inlineRest);
                continue;
            }
            if (current != null && current.kind == SectionKind.PROBLEMS && opensCauses(text)) {
                close(current, sections);
                int end = Sentences.leadEnd(text, 0);
                current = new Open(SectionKind.CAUSES, Sentences.stripTrailing(text.substring(0, end < 0 ? text.length() : end)),
                        p.start(), numbering.level(), true);
                current.body.add(p);
                continue;
            }
            if (current != null) {
                current.body.add(p);
            }
        }
        close(current, sections);
        return List.copyOf(sections);
    }

    /** A deeper-numbered line of the open section's own kind ("（一）存在的问题…" under "二、存在的问题") is a point. */
    private static boolean isPointOf(Open current, SectionKind kind, Numbering numbering) {
        boolean deeper = current.level > 0 && (numbering.level() > current.level || !numbering.isNumbered());
        if (current.kind == kind) {
            return deeper || !numbering.isNumbered();
        }
        // sections come in order (highlights, problems, causes, measures): a deeper line naming an earlier part is a point
        return kind.ordinal() < current.kind.ordinal() && deeper;
    }

    /** "二、存在的问题：一是…" — a heading ending in a colon with the section's text on the same line. */
    private Paragraph inlineHeadingRest(Paragraph p, Numbering numbering) {
        String text = p.text();
        int colon = -1;
        for (int i = numbering.length(); i < Math.min(text.length(), numbering.length() + SectionHeadings.MAX_HEADING_LENGTH + 1); i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':' || c == '。' && numbering.level() == 1) {
                colon = i; // "二、存在的问题：一是…" or "三、下一步工作打算。一是…"
                break;
            }
            if (c == '。' || c == '，' || c == ',' || c == '；') {
                return null;
            }
        }
        if (colon < 0 || headings.keywordKind(text.substring(numbering.length(), colon)) == null
                || headings.opensCauses(text.substring(0, colon))) {
            return null;
        }
        int restStart = colon + 1;
        while (restStart < text.length() && io.shuzhi.analysis.text.Whitespace.isBlank(text.charAt(restStart))) {
            restStart++;
        }
        if (restStart >= text.length()) {
            return null;
        }
        return new Paragraph(text.substring(restStart), p.start() + restStart, p.end(), null);
    }

    private boolean opensCauses(String text) {
        int end = Sentences.leadEnd(text, 0);
        String first = end < 0 ? text : text.substring(0, end);
        return first.length() <= 60 && headings.opensCauses(first);
    }

    private void close(Open open, List<Section> sections) {
        if (open == null) {
            return;
        }
        int end = open.body.isEmpty() ? open.start + open.heading.length() : open.body.get(open.body.size() - 1).end();
        end = Math.max(end, open.start + open.heading.length());
        sections.add(new Section(open.kind, open.heading, open.start, end,
                items.split(open.kind, open.level, open.body, open.causesInline)));
        if (open.causesInline && sections.size() > 1) {
            // the reflection is part of the problems part: the problems span runs over it (its points do not)
            int p = sections.size() - 2;
            Section problems = sections.get(p);
            sections.set(p, new Section(problems.kind(), problems.heading(), problems.start(), end, problems.items()));
        }
    }

    private static final class Open {
        final SectionKind kind;
        final String heading;
        final int start;
        final int level;
        final boolean causesInline;
        final List<Paragraph> body = new ArrayList<>();

        Open(SectionKind kind, String heading, int start, int level, boolean causesInline) {
            this.kind = kind;
            this.heading = heading;
            this.start = start;
            this.level = level;
            this.causesInline = causesInline;
        }
    }
}
