package io.shuzhi.analysis.section;

import io.shuzhi.analysis.document.Paragraph;
import io.shuzhi.analysis.text.Punctuation;
import io.shuzhi.analysis.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a section's paragraphs into points. A point opens with a numbered sub-heading (（一）…, 1. …),
 * a bold lead phrase (docx), an ordinal (一是…二是…) or a short lead sentence ("从严治党担当主责。").
 * Paragraphs without such an opening continue the previous point — unless the section has no openings
 * at all, in which case each paragraph is a point.
 */
final class ItemSplitter {

    static final int MAX_LEAD_LENGTH = 32;
    private static final int MAX_PARALLEL_LEAD_LENGTH = 16;
    private static final int MAX_FALLBACK_HEADING = 30;
    private static final int MAX_ORDINAL_HEADING = 40;
    private static final int MIN_CLAUSE_HEADING = 4;

    List<SectionItem> split(SectionKind kind, int sectionLevel, List<Paragraph> body, boolean causesInline) {
        List<Item> items = new ArrayList<>();
        boolean anyOpening = false;
        for (Paragraph p : body) {
            if (opening(p, sectionLevel) != Opening.NONE) {
                anyOpening = true;
                break;
            }
        }
        for (int idx = 0; idx < body.size(); idx++) {
            Paragraph p = body.get(idx);
            String text = p.text();
            if (idx + 1 < body.size() && isSubheadingLine(p, sectionLevel)) {
                items.add(new Item(Sentences.stripTrailing(text), p.start(), p.end(), false, null));
                continue;
            }
            if (idx == 0 && causesInline) {
                int from = Sentences.leadEnd(text, 0);
                addOrdinals(p, from < 0 ? text.length() : from + 1, items);
                continue;
            }
            Opening opening = opening(p, sectionLevel);
            switch (opening) {
                case NUMBERED -> addNumbered(p, items);
                case BOLD -> items.add(new Item(Sentences.stripTrailing(p.boldLead().substring(Numbering.of(p.boldLead()).length())),
                        p.start(), p.end(), false, null));
                case ORDINAL -> addOrdinals(p, 0, items);
                case LEAD -> {
                    int end = Sentences.leadEnd(text, 0);
                    items.add(new Item(text.substring(0, end), p.start(), p.end(), true, p));
                }
                case NONE -> {
                    if (anyOpening && !items.isEmpty()) {
                        items.get(items.size() - 1).end = p.end();
                    } else {
                        items.add(new Item(fallbackHeading(text), p.start(), p.end(), false, null));
                    }
                }
            }
        }
        splitParallelLeads(items);
        List<SectionItem> out = new ArrayList<>(items.size());
        for (Item i : items) {
            out.add(new SectionItem(i.heading, i.start, i.end));
        }
        return out;
    }

    /** A short unnumbered line without sentence punctuation, with text after it: "打造特色党建品牌". */
    private static boolean isSubheadingLine(Paragraph p, int sectionLevel) {
        String text = p.text();
        if (text.length() > MAX_LEAD_LENGTH || Numbering.of(text).isNumbered() || Numbering.ordinalLength(text, 0) > 0) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (Punctuation.isSentenceEnd(c) || Punctuation.isSemicolon(c) || c == '：' || c == ':') {
                return false;
            }
        }
        return !Punctuation.isSentenceEnd(text.charAt(text.length() - 1)) && !Sentences.hasDigit(text, 0, text.length());
    }

    private enum Opening { NONE, NUMBERED, BOLD, ORDINAL, LEAD }

    private static Opening opening(Paragraph p, int sectionLevel) {
        String text = p.text();
        Numbering n = Numbering.of(text);
        if (n.isNumbered() && n.level() > sectionLevel) {
            return Opening.NUMBERED;
        }
        if (p.boldLead() != null && p.boldLead().length() < text.length()) {
            return Opening.BOLD;
        }
        if (Numbering.ordinalLength(text, 0) > 0) {
            return Opening.ORDINAL;
        }
        int end = Sentences.leadEnd(text, 0);
        if (end > 0 && end <= MAX_LEAD_LENGTH && end < text.length() - 1 && !Sentences.hasDigit(text, 0, end)) {
            return Opening.LEAD;
        }
        if (hasInnerOrdinals(text)) {
            return Opening.ORDINAL; // "究其原因，一是重视不够，二是投入不足。"
        }
        return Opening.NONE;
    }

    private static void addNumbered(Paragraph p, List<Item> items) {
        String text = p.text();
        int from = Numbering.of(text).length();
        int end = Sentences.clauseEnd(text, from, false);
        if (end < 0 || Whitespace.skipForward(text, end + 1, text.length()) == text.length()) {
            // a one-sentence point ("（一）党员老龄化严重，60岁以上党员占70%。"): its heading is the first clause
            int comma = Sentences.clauseEnd(text, from, true);
            if (comma > from && comma < (end < 0 ? text.length() : end)) {
                end = comma;
            }
        }
        String heading;
        if (end < 0) {
            heading = Sentences.stripTrailing(text.substring(from));
        } else if (end - from <= MAX_ORDINAL_HEADING) {
            heading = text.substring(from, end);
        } else {
            int comma = Sentences.clauseEnd(text, from, true);
            heading = comma - from <= MAX_ORDINAL_HEADING ? text.substring(from, comma) : null;
        }
        items.add(new Item(heading, p.start(), p.end(), false, null));
    }

    /** Adds one point per ordinal (一是…, 二是…) found in order from {@code from}; text before the first ordinal stays with the previous point. */
    private static void addOrdinals(Paragraph p, int from, List<Item> items) {
        String text = p.text();
        List<int[]> marks = new ArrayList<>(); // {start, headingStart}
        int expected = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '是' && i > 0 && numeral(text.charAt(i - 1)) == expected % 10 && expected <= 9) {
                int markStart = i - 1;
                if (markStart > 0 && text.charAt(markStart - 1) == '其') {
                    markStart--;
                }
                boolean boundary = markStart == from || markStart == 0 || isBoundary(text.charAt(markStart - 1));
                if (boundary) {
                    int headingStart = i + 1;
                    while (headingStart < text.length() && (Punctuation.isComma(text.charAt(headingStart)) || text.charAt(headingStart) == '：' || text.charAt(headingStart) == ':')) {
                        headingStart++;
                    }
                    marks.add(new int[] {markStart, headingStart});
                    expected++;
                }
            }
        }
        if (marks.isEmpty()) {
            if (!items.isEmpty()) {
                items.get(items.size() - 1).end = p.end();
            }
            return;
        }
        for (int k = 0; k < marks.size(); k++) {
            int start = marks.get(k)[0];
            int hs = marks.get(k)[1];
            int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : text.length();
            end = io.shuzhi.analysis.text.Whitespace.skipBackward(text, start, end);
            int he = Sentences.clauseEnd(text, hs, false);
            if (he < 0 || he > end) {
                he = end;
            }
            int comma = Sentences.clauseEnd(text, hs, true);
            if (comma > 0 && comma < he && (comma - hs >= MIN_CLAUSE_HEADING || he - hs > MAX_ORDINAL_HEADING)) {
                he = comma; // "二是调研偏少，全年仅3次。" → 调研偏少
            } else if (he - hs > MAX_ORDINAL_HEADING) {
                he = hs + MAX_ORDINAL_HEADING;
            }
            String heading = Sentences.stripTrailing(text.substring(hs, he));
            items.add(new Item(heading, p.start() + start, p.start() + end, false, null));
        }
    }

    private static boolean hasInnerOrdinals(String text) {
        int one = text.indexOf("一是");
        return one > 0 && isBoundary(text.charAt(one - 1)) && text.indexOf("二是", one) > 0;
    }

    private static boolean isBoundary(char c) {
        return Punctuation.isLeadEnd(c) || Punctuation.isSemicolon(c) || Punctuation.isComma(c)
                || io.shuzhi.analysis.text.Whitespace.isBlank(c) || c == '”' || c == '"';
    }

    private static int numeral(char c) {
        return "〇一二三四五六七八九".indexOf(c);
    }

    /** A point without a lead: its first sentence when short, else its first clause when short, else null. */
    private static String fallbackHeading(String text) {
        int sentence = Sentences.clauseEnd(text, 0, false);
        if (sentence < 0) {
            sentence = text.length();
        }
        if (sentence <= MAX_ORDINAL_HEADING) {
            return Sentences.stripTrailing(text.substring(0, sentence));
        }
        int clause = Sentences.clauseEnd(text, 0, true);
        return clause > 0 && clause <= MAX_FALLBACK_HEADING ? Sentences.stripTrailing(text.substring(0, clause)) : null;
    }

    /**
     * Parallel leads: "真抓严管，形成新常态。…统筹兼顾，提升新水平。…" — when a short sentence inside a point has
     * the same comma shape as the section's other lead phrases, it opens a point of its own.
     */
    private static void splitParallelLeads(List<Item> items) {
        Set<String> shapes = new HashSet<>();
        int leads = 0;
        for (Item i : items) {
            if (i.lead && i.heading.indexOf('，') + i.heading.indexOf(',') > -2) {
                shapes.add(Sentences.shape(i.heading));
                leads++;
            }
        }
        if (leads < 2) {
            return;
        }
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (!item.lead) {
                continue;
            }
            String text = item.paragraph.text();
            int offset = item.paragraph.start();
            int s = Sentences.leadEnd(text, 0) + 1;
            while (s < text.length()) {
                int e = Sentences.leadEnd(text, s);
                if (e < 0) {
                    break;
                }
                int len = e - s;
                if (len <= MAX_PARALLEL_LEAD_LENGTH && len > 0 && e < text.length() - 1 && text.charAt(e) == '。'
                        && !Sentences.hasDigit(text, s, e) && shapes.contains(Sentences.shape(text.substring(s, e)))) {
                    Paragraph rest = new Paragraph(text.substring(s), offset + s, item.paragraph.end(), null);
                    Item split = new Item(text.substring(s, e), offset + s, item.end, true, rest);
                    item.end = io.shuzhi.analysis.text.Whitespace.skipBackward(text, 0, s) + offset;
                    items.add(k + 1, split);
                    break;
                }
                s = e + 1;
            }
        }
    }

    private static final class Item {
        final String heading;
        final int start;
        int end;
        final boolean lead;
        final Paragraph paragraph;

        Item(String heading, int start, int end, boolean lead, Paragraph paragraph) {
            this.heading = heading;
            this.start = start;
            this.end = end;
            this.lead = lead;
            this.paragraph = paragraph;
        }
    }
}
