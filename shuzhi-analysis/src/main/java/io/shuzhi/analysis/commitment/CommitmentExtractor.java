package io.shuzhi.analysis.commitment;

import io.shuzhi.analysis.commitment.DeadlineResolver.TimeExpression;
import io.shuzhi.analysis.quantity.Qualifier;
import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import io.shuzhi.analysis.text.DataFiles;
import io.shuzhi.analysis.text.Punctuation;
import io.shuzhi.analysis.text.Whitespace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the commitments of a measures section. Each point's text (its lead phrase excluded) is cut into
 * sentences at 。；!?; a sentence is cut further at ，/、 only where each side is a full commitment (it has
 * its own target and is more than a bare number: "不少于2次，到村调研100个以上"). A clause is a commitment
 * when it has a target quantity, its own deadline, or a promise word (确保, 力争 …). A time word opening
 * a sentence (我将在2015年…, 每年…, 明年…) applies to every clause of it. Thread-safe.
 */
public final class CommitmentExtractor {

    private static final int MIN_FULL_SEGMENT = 6;
    /** Numbering and ordinals (1. / （一） / 一是) and "我将在2015年" opening a clause are not part of the promise. */
    private static final Pattern PREAMBLE = Pattern.compile(
            "(?:(?:[（(][一二三四五六七八九十0-9]{1,3}[）)][、.．]?|[一二三四五六七八九十]{1,3}[、．]|[0-9]{1,2}(?:[、．]|\\.(?![0-9]))"
            + "|其?[一二三四五六七八九十]{1,3}是[，,：:]?|第[一二三四五六七八九十]{1,3}[，,、：:])[ \\u3000]*)?"
            + "(?:(?:我们|我|本人)(?:(?:将|要|会)(?:在|于)?|在|于)(?:(?:19|20)[0-9]{2}年(?:内|度)?)?[，,]?|(?:在|于)(?:19|20)[0-9]{2}年(?:内|度)?[，,]?)?");

    private final DeadlineResolver deadlines = new DeadlineResolver();
    private final List<String> markers = DataFiles.rows("commitment-markers.tsv").stream().map(r -> r[0]).toList();
    private final ClauseGrouper grouper = new ClauseGrouper(markers);

    /**
     * @param quantities quantities of the report, UTF-16 offsets into {@code docText}
     * @param reportYear the year reported on, or null; plans are for reportYear + 1
     */
    public List<Commitment> extract(String docText, Section measures, List<Quantity> quantities, Integer reportYear) {
        Integer planYear = reportYear == null ? null : reportYear + 1;
        String digits = asciiDigits(docText, measures.start(), measures.end());
        int base = measures.start();
        List<Commitment> out = new ArrayList<>();
        List<int[]> regions = new ArrayList<>();
        if (measures.items().isEmpty()) {
            regions.add(new int[] {measures.start() + measures.heading().length(), measures.end()});
        }
        for (SectionItem item : measures.items()) {
            regions.add(new int[] {afterLead(docText, item), item.end()});
        }
        for (int[] region : regions) {
            int s = region[0];
            for (int i = region[0]; i <= region[1]; i++) {
                if (i == region[1] || isSentenceBreak(docText.charAt(i))) {
                    sentence(docText, digits, base, s, i, quantities, planYear, out);
                    s = i + 1;
                }
            }
        }
        return out;
    }

    /** Start of a point's body: just after its lead phrase when the point opens with one. */
    private static int afterLead(String docText, SectionItem item) {
        if (item.heading() == null) {
            return item.start();
        }
        int at = docText.indexOf(item.heading(), item.start());
        if (at < 0 || at > item.start() + 12) {
            return item.start();
        }
        int after = at + item.heading().length();
        boolean hasDigit = false;
        for (int i = at; i < after; i++) {
            hasDigit |= Punctuation.isDigit(docText.charAt(i));
        }
        // a lead phrase is a slogan ("真抓严管，形成新常态。"); a point that is one sentence is the commitment itself
        if (!hasDigit && after < item.end() && (Punctuation.isLeadEnd(docText.charAt(after)) || docText.charAt(after) == '\n')
                && Whitespace.skipForward(docText, after + 1, item.end()) < item.end()) {
            return after + 1;
        }
        return item.start();
    }

    private static boolean isSentenceBreak(char c) {
        return Punctuation.isSentenceEnd(c) || Punctuation.isSemicolon(c) || c == '\n';
    }

    private void sentence(String docText, String digits, int base, int from, int to, List<Quantity> quantities,
                          Integer planYear, List<Commitment> out) {
        from = Whitespace.skipForward(docText, from, to);
        to = Whitespace.skipBackward(docText, from, to);
        if (to - from < 2) {
            return;
        }
        String local = digits.substring(from - base, to - base);
        List<TimeExpression> times = deadlines.find(local, planYear);
        List<Quantity> targets = targets(quantities, from, to, times);
        List<int[]> groups = grouper.group(docText, from, to, targets);
        TimeExpression sentenceTime = null;
        if (!times.isEmpty() && !groups.isEmpty()) {
            TimeExpression t = times.get(0);
            int firstQuantity = targets.isEmpty() ? Integer.MAX_VALUE : targets.get(0).start();
            if (from + t.start() < groups.get(0)[1] && from + t.start() < firstQuantity) {
                sentenceTime = t;
            }
        }
        for (int[] g : groups) {
            clause(docText, from, g[0], g[1], targets, times, sentenceTime, out);
        }
    }

    /** Quantities in [from, to) that can be targets: not part of a time word, not counted in years. */
    private static List<Quantity> targets(List<Quantity> quantities, int from, int to, List<TimeExpression> times) {
        List<Quantity> out = new ArrayList<>();
        for (int k = firstStartingAt(quantities, from); k < quantities.size() && quantities.get(k).start() < to; k++) {
            Quantity q = quantities.get(k);
            if (q.end() > to || q.value() == null || "年".equals(q.unit())) {
                continue;
            }
            boolean inTime = false;
            for (TimeExpression t : times) {
                if (q.start() < from + t.end() && from + t.start() < q.end()) {
                    inTime = true;
                    break;
                }
            }
            if (!inTime) {
                out.add(q);
            }
        }
        return out;
    }

    private void clause(String text, int sentenceStart, int from, int to, List<Quantity> targets,
                        List<TimeExpression> times, TimeExpression sentenceTime, List<Commitment> out) {
        from = Whitespace.skipForward(text, from, to);
        int rawFrom = from;
        Matcher pre = PREAMBLE.matcher(asciiDigits(text, from, to));
        if (pre.lookingAt() && pre.end() > 0 && from + pre.end() < to - 2) {
            from += pre.end();
        }
        while (to > from && (Punctuation.isTrailing(text.charAt(to - 1)) || Whitespace.isBlank(text.charAt(to - 1)))) {
            to--;
        }
        if (to - from < 2) {
            return;
        }
        Quantity target = target(targets, from, to);
        TimeExpression own = null;
        for (TimeExpression t : times) {
            int ts = sentenceStart + t.start();
            // the time word may sit in the stripped preamble (我将在2015年…) — it still belongs to this clause
            if (ts >= rawFrom && ts < to) {
                own = t;
                break;
            }
        }
        TimeExpression time = own != null ? own : sentenceTime;
        LocalDate deadline = time == null ? null : time.deadline();
        boolean promise = false;
        boolean timeOnly = own != null && to - from - (own.end() - own.start()) < MIN_FULL_SEGMENT;
        if (target == null && (own == null || timeOnly)) {
            String clauseText = text.substring(from, to);
            for (String m : markers) {
                if (clauseText.contains(m)) {
                    promise = true;
                    break;
                }
            }
            if (!promise) {
                return;
            }
        }
        out.add(new Commitment(text.substring(from, to),
                target == null ? null : target.value(), target == null ? null : target.max(),
                target == null ? null : target.unit(),
                target == null ? null : target.qualifier() == null ? Qualifier.EXACT : target.qualifier(),
                deadline, from, to));
    }

    /**
     * The target among a clause's quantities: the last one with a comparator (不少于15名 in
     * "每年发展35岁以下党员不少于15名" — the target closes the clause), else the first; ages are never targets
     * when there is anything else.
     */
    private static Quantity target(List<Quantity> targets, int from, int to) {
        Quantity first = null;
        Quantity lastQualified = null;
        Quantity age = null;
        for (Quantity q : targets) {
            if (q.start() < from || q.end() > to) {
                continue;
            }
            if ("岁".equals(q.unit())) {
                age = age == null ? q : age;
                continue;
            }
            if (first == null) {
                first = q;
            }
            if (q.qualifier() != null && q.qualifier() != Qualifier.EXACT) {
                lastQualified = q;
            }
        }
        return lastQualified != null ? lastQualified : first != null ? first : age;
    }

    /** Index of the first quantity starting at or after {@code from}; quantities come in text order. */
    static int firstStartingAt(List<Quantity> quantities, int from) {
        int lo = 0;
        int hi = quantities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quantities.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A copy of text[from, to) with full-width digits made ASCII, so one set of patterns reads both. */
    private static String asciiDigits(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            chars[i - from] = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
        }
        return new String(chars);
    }
}
