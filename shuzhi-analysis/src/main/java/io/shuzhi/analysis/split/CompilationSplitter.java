package io.shuzhi.analysis.split;

import io.shuzhi.analysis.document.ExtractedDocument;
import io.shuzhi.analysis.document.Paragraph;
import io.shuzhi.analysis.text.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Cuts a document into reports. A compilation (编者按 + several reports + site footer) is split at
 * each reporter byline, the report starting at the headline just above it; the editor's note before the
 * first report and the footer after the last belong to no report. A document without a byline is one
 * report. Thread-safe.
 */
public final class CompilationSplitter {

    private static final int MAX_TITLE_LENGTH = 40;
    private static final int MAX_BYLINE_IN_PARENS = 30;

    private final ReporterLine reporterLine = new ReporterLine();
    private final List<String> footerStarts = new ArrayList<>();
    private final List<String> footerContains = new ArrayList<>();
    private final Predicate<String> isSectionHeading;
    private final ToIntFunction<String> sectionOrder;

    /**
     * @param sectionOrder the position of the part a line heads (0 highlights … 3 measures), or -1 when the
     *                     line is no section heading; tells headings from headlines, and finds where a
     *                     compilation without bylines starts its next report
     */
    public CompilationSplitter(ToIntFunction<String> sectionOrder) {
        this.sectionOrder = sectionOrder;
        this.isSectionHeading = line -> sectionOrder.applyAsInt(line) >= 0;
        for (String[] row : DataFiles.rows("footer-markers.tsv")) {
            (row[0].equals("start") ? footerStarts : footerContains).add(row[1]);
        }
    }

    public List<ReportSpan> split(ExtractedDocument doc) {
        List<Paragraph> paras = doc.paragraphs();
        if (paras.isEmpty()) {
            return List.of();
        }
        List<Integer> bylines = new ArrayList<>();
        List<Reporter> reporters = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            Reporter r = reporterLine.parse(paras.get(i).text());
            if (r != null) {
                bylines.add(i);
                reporters.add(r);
            }
        }
        int footer = footerIndex(paras, bylines.isEmpty() ? 1 : bylines.get(bylines.size() - 1) + 1);
        // A byline with (almost) nothing after it is the signature closing a report, not the start of one.
        Reporter signature = null;
        for (int k = bylines.size() - 1; k >= 0; k--) {
            int next = k + 1 < bylines.size() ? bylines.get(k + 1) : footer;
            if (isSignature(paras, bylines.get(k) + 1, next)) {
                if (k == bylines.size() - 1 || signature == null) {
                    signature = reporters.get(k);
                }
                bylines.remove(k);
                reporters.remove(k);
            }
        }
        if (bylines.isEmpty()) {
            return withoutBylines(paras.subList(0, Math.max(1, footer)), signature);
        }
        List<ReportSpan> reports = new ArrayList<>();
        int[] firstPara = new int[bylines.size()];
        String[] titles = new String[bylines.size()];
        for (int k = 0; k < bylines.size(); k++) {
            int b = bylines.get(k);
            int lowest = k == 0 ? 0 : bylines.get(k - 1) + 1;
            firstPara[k] = b;
            if (b - 1 >= lowest && isTitleAboveByline(paras.get(b - 1).text())) {
                firstPara[k] = b - 1;
                titles[k] = paras.get(b - 1).text();
            }
        }
        // Content with section headings before the first byline is a report of its own (its byline may close it).
        List<Paragraph> lead = paras.subList(0, firstPara[0]);
        if (containsHeading(lead)) {
            reports.add(singleReport(lead, null));
        }
        for (int k = 0; k < bylines.size(); k++) {
            int endPara = k + 1 < bylines.size() ? firstPara[k + 1] : footer;
            int b = bylines.get(k);
            List<Paragraph> body = paras.subList(b + 1, Math.max(b + 1, endPara));
            body = dropTrailingSignature(body);
            String title = titles[k];
            if (title == null && body.size() > 1 && isHeadline(body.get(0).text()) && isSectionHeading.test(body.get(1).text())) {
                title = body.get(0).text(); // byline first, then the headline
                body = body.subList(1, body.size());
            }
            int start = paras.get(firstPara[k]).start();
            int end = body.isEmpty() ? paras.get(b).end() : body.get(body.size() - 1).end();
            reports.add(new ReportSpan(start, end, title, reporters.get(k), body));
        }
        return reports;
    }

    /**
     * Without bylines, a compilation still shows where each report starts: its parts begin again (the
     * highlights after the previous report's measures). The report starts at the headline above that heading.
     */
    private List<ReportSpan> withoutBylines(List<Paragraph> paras, Reporter signature) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int previous = -1;
        for (int i = 0; i < paras.size(); i++) {
            String line = paras.get(i).text();
            int order = sectionOrder.applyAsInt(line);
            if (order < 0 || "（(0123456789０１２３４５６７８９".indexOf(line.charAt(0)) >= 0) {
                continue; // only top-level headings mark a new report; "（一）擦亮特色亮点" is a point
            }
            if (previous >= 0 && order <= previous && order == 0) {
                int start = i;
                while (start - 1 > starts.get(starts.size() - 1) && i - start < 2 && isHeadline(paras.get(start - 1).text())) {
                    start--;
                }
                starts.add(start);
            }
            previous = order;
        }
        if (starts.size() == 1) {
            return List.of(singleReport(paras, signature));
        }
        List<ReportSpan> reports = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : paras.size();
            reports.add(singleReport(paras.subList(starts.get(k), end), k + 1 == starts.size() ? signature : null));
        }
        return reports;
    }

    private static final int MAX_SIGNATURE_BODY = 40;
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
            "[0-9０-９〇零○一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月([0-9０-９一二三四五六七八九十]{1,3}日)?");

    private boolean isSignature(List<Paragraph> paras, int from, int to) {
        int chars = 0;
        for (int i = from; i < to; i++) {
            chars += paras.get(i).text().length();
            if (isSectionHeading.test(paras.get(i).text())) {
                return false;
            }
        }
        return chars <= MAX_SIGNATURE_BODY && from > 1;
    }

    private List<Paragraph> dropTrailingSignature(List<Paragraph> body) {
        int n = body.size();
        while (n > 0 && (reporterLine.parse(body.get(n - 1).text()) != null || DATE_LINE.matcher(body.get(n - 1).text()).matches())) {
            n--;
        }
        return body.subList(0, n);
    }

    private boolean containsHeading(List<Paragraph> paras) {
        for (Paragraph p : paras) {
            if (isSectionHeading.test(p.text())) {
                return true;
            }
        }
        return false;
    }

    private ReportSpan singleReport(List<Paragraph> all, Reporter signature) {
        String title = null;
        List<Paragraph> body = all;
        if (all.size() > 1 && isHeadline(all.get(0).text())) {
            title = all.get(0).text();
            body = all.subList(1, all.size());
        }
        body = dropTrailingSignature(body);
        if (body.isEmpty()) {
            body = all.subList(all.size() - 1, all.size());
        }
        return new ReportSpan(all.get(0).start(), all.get(all.size() - 1).end(), title, signature, body);
    }

    /** The line right above a byline is its headline unless it is prose, a numbered heading or footer. */
    private boolean isTitleAboveByline(String line) {
        return isHeadline(line) || line.length() <= MAX_TITLE_LENGTH && !startsNumbered(line) && isHeadlineShape(line);
    }

    private static boolean startsNumbered(String line) {
        char c = line.charAt(0);
        return "一二三四五六七八九十（(第0123456789".indexOf(c) >= 0 && line.length() > 1
                && "、.．）)是一二三四五六七八九十0123456789".indexOf(line.charAt(1)) >= 0;
    }

    private boolean isHeadline(String line) {
        return line.length() <= MAX_TITLE_LENGTH && !isSectionHeading.test(line) && isHeadlineShape(line);
    }

    private boolean isHeadlineShape(String line) {
        if (isFooter(line)) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                return false;
            }
        }
        char last = line.charAt(line.length() - 1);
        return last != '：' && last != ':' && last != '，' && last != ',';
    }

    /** Index of the first footer paragraph at or after {@code from}, or paras.size(). */
    private int footerIndex(List<Paragraph> paras, int from) {
        for (int i = from; i < paras.size(); i++) {
            if (isFooter(paras.get(i).text())) {
                // A bare byline in parentheses, e.g. "(随州日报 君君)", right above the footer is the paper's credit.
                if (i - 1 >= from && isParenthesisedCredit(paras.get(i - 1).text())) {
                    return i - 1;
                }
                return i;
            }
        }
        return paras.size();
    }

    private boolean isFooter(String line) {
        for (String s : footerStarts) {
            if (line.startsWith(s)) {
                return true;
            }
        }
        for (String s : footerContains) {
            if (line.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParenthesisedCredit(String line) {
        if (line.length() > MAX_BYLINE_IN_PARENS || line.length() < 3) {
            return false;
        }
        char first = line.charAt(0);
        char last = line.charAt(line.length() - 1);
        return (first == '(' || first == '（') && (last == ')' || last == '）');
    }
}
