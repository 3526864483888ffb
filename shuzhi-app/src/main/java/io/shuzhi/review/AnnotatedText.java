package io.shuzhi.review;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The report text as HTML paragraphs with its analysis marked in: commitments (outermost), finding spans, and
 * quantities (innermost, with the normalised value on hover). Marks never cross each other or a paragraph end:
 * an inner mark that would run past its outer one is cut there, so the HTML is always well nested. All text is
 * escaped here; the template inserts the result unescaped.
 */
final class AnnotatedText {

    private AnnotatedText() {
    }

    /** One paragraph: its HTML, and whether it starts a section (its heading) or an item of one. */
    public record Paragraph(String html, String sectionKind, String anchor) {
    }

    private record Mark(int start, int end, int rank, String open) {
    }

    static List<Paragraph> render(String text, AnalysisView a) {
        int[] cps = text.codePoints().toArray();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < a.commitments().size(); i++) {
            var c = a.commitments().get(i);
            marks.add(new Mark(c.start(), c.end(), 0, "<span class=\"commitment\" data-commitment=\"" + i + "\">"));
        }
        for (int i = 0; i < a.findings().size(); i++) {
            var f = a.findings().get(i);
            if (f.end() > f.start()) {
                marks.add(new Mark(f.start(), f.end(), 1, "<span class=\"finding-ref " + f.severity().toLowerCase()
                        + "\" id=\"ref-" + i + "\" data-finding=\"" + i + "\">"));
            }
        }
        for (var q : a.quantities()) {
            marks.add(new Mark(q.start(), q.end(), 2, "<mark class=\"quantity\" title=\"" + HtmlUtils.htmlEscape(q.normalised()) + "\">"));
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::rank));

        List<Paragraph> out = new ArrayList<>();
        int p = 0;
        while (p < cps.length) {
            int end = p;
            while (end < cps.length && cps[end] != '\n') {
                end++;
            }
            if (!new String(cps, p, end - p).isBlank()) {
                out.add(new Paragraph(paragraph(cps, p, end, marks), sectionAt(a, p, end), anchorAt(a, p, end)));
            }
            p = end + 1;
        }
        return out;
    }

    private static String paragraph(int[] cps, int from, int to, List<Mark> marks) {
        StringBuilder sb = new StringBuilder();
        Deque<Integer> openEnds = new ArrayDeque<>();
        Deque<String> closers = new ArrayDeque<>();
        List<Mark> here = marks.stream().filter(m -> m.end() > from && m.start() < to).toList();
        int next = 0;
        for (int i = from; i <= to; i++) {
            while (!openEnds.isEmpty() && openEnds.peek() <= i) {
                openEnds.pop();
                sb.append(closers.pop());
            }
            if (i == to) {
                break;
            }
            while (next < here.size() && Math.max(here.get(next).start(), from) <= i) {
                Mark m = here.get(next++);
                int end = Math.min(m.end(), to);
                if (!openEnds.isEmpty()) {
                    end = Math.min(end, openEnds.peek());
                }
                if (end <= i) {
                    continue;
                }
                // a mark carried over from the previous paragraph is the same finding: its anchor id stays unique
                sb.append(m.start() < from ? m.open().replaceFirst(" id=\"[^\"]*\"", "") : m.open());
                openEnds.push(end);
                closers.push(m.open().startsWith("<mark") ? "</mark>" : "</span>");
            }
            sb.append(HtmlUtils.htmlEscape(new String(cps, i, 1)));
        }
        return sb.toString();
    }

    private static String sectionAt(AnalysisView a, int from, int to) {
        return a.sections().stream().filter(s -> s.start() >= from && s.start() < to).map(AnalysisView.Part::kind)
                .findFirst().orElse(null);
    }

    private static String anchorAt(AnalysisView a, int from, int to) {
        for (int s = 0; s < a.sections().size(); s++) {
            var part = a.sections().get(s);
            if (part.start() >= from && part.start() < to) {
                return "s-" + s;
            }
            for (int i = 0; i < part.items().size(); i++) {
                int start = part.items().get(i).start();
                if (start >= from && start < to) {
                    return "s-" + s + "-" + i;
                }
            }
        }
        return null;
    }
}
