package io.shuzhi.analysis;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.commitment.CommitmentExtractor;
import io.shuzhi.analysis.commitment.ReportYears;
import io.shuzhi.analysis.document.DocumentReader;
import io.shuzhi.analysis.document.ExtractedDocument;
import io.shuzhi.analysis.lint.BoilerplateDetector;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.lint.ReportContext;
import io.shuzhi.analysis.lint.ReportLinter;
import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.quantity.QuantityExtractor;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionHeadings;
import io.shuzhi.analysis.section.SectionKind;
import io.shuzhi.analysis.section.SectionParser;
import io.shuzhi.analysis.split.CompilationSplitter;
import io.shuzhi.analysis.split.ReportSpan;
import io.shuzhi.analysis.split.Reporter;
import io.shuzhi.analysis.text.CodePointIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The analysis facade: reads a duty report file (or a compilation of reports) and returns its reports,
 * sections, quantities, commitments and findings. Build once with {@link #create()}; immutable and
 * thread-safe, so one instance serves every upload. Deterministic: no clock, no randomness.
 */
public final class ReportAnalyzer {

    /** A named input for {@link #analyzeBatch(List, AnalysisOptions)}. */
    public record Input(String fileName, byte[] content) {
    }

    private final DocumentReader reader = new DocumentReader();
    private final SectionHeadings headings = new SectionHeadings();
    private final CompilationSplitter splitter = new CompilationSplitter(line -> {
        SectionKind kind = headings.kindOf(line);
        return kind == null ? -1 : kind.ordinal();
    });
    private final SectionParser sectionParser = new SectionParser(headings);
    private final QuantityExtractor quantityExtractor = new QuantityExtractor();
    private final CommitmentExtractor commitmentExtractor = new CommitmentExtractor();
    private final ReportLinter linter = new ReportLinter();

    private ReportAnalyzer() {
    }

    public static ReportAnalyzer create() {
        return new ReportAnalyzer();
    }

    public DocumentReader documentReader() {
        return reader;
    }

    public AnalysisResult analyze(String text, AnalysisOptions options) {
        return analyze(ExtractedDocument.ofPlainText(text), null, options, new BoilerplateDetector());
    }

    /** Detects .txt (UTF-8/GB18030), .docx and HTML by magic bytes and extension. */
    public AnalysisResult analyze(byte[] content, String fileName, AnalysisOptions options) {
        return analyze(reader.read(content, fileName), fileName, options, new BoilerplateDetector());
    }

    /** Analyses several files together, so BOILERPLATE also compares reports across files. */
    public List<AnalysisResult> analyzeBatch(List<Input> inputs, AnalysisOptions options) {
        BoilerplateDetector boilerplate = new BoilerplateDetector();
        List<AnalysisResult> out = new ArrayList<>();
        for (Input in : inputs) {
            out.add(analyze(reader.read(in.content(), in.fileName()), in.fileName(), options, boilerplate));
        }
        return out;
    }

    /** Analyses already extracted documents together (texts and names in the same order). */
    public List<AnalysisResult> analyzeDocuments(List<ExtractedDocument> documents, List<String> fileNames,
                                                 AnalysisOptions options) {
        BoilerplateDetector boilerplate = new BoilerplateDetector();
        List<AnalysisResult> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            out.add(analyze(documents.get(i), fileNames.get(i), options, boilerplate));
        }
        return out;
    }

    private AnalysisResult analyze(ExtractedDocument doc, String fileName, AnalysisOptions options,
                                   BoilerplateDetector boilerplate) {
        AnalysisOptions opts = options == null ? AnalysisOptions.defaults() : options;
        String text = doc.text();
        List<ReportSpan> spans = splitter.split(doc);
        int n = spans.size();
        List<List<Section>> sections = new ArrayList<>(n);
        List<List<Quantity>> quantities = new ArrayList<>(n);
        Integer[] years = new Integer[n];
        for (int i = 0; i < n; i++) {
            ReportSpan span = spans.get(i);
            List<Section> s = sectionParser.parse(span.body());
            sections.add(s);
            quantities.add(quantitiesOf(text, span));
            years[i] = opts.reportYear() != null ? opts.reportYear()
                    : ReportYears.detect(text, span.title(), span.start(), span.end(), s);
        }
        fillFromSiblings(years);
        CodePointIndex cp = CodePointIndex.of(text);
        IntUnaryOperator toCp = cp::toCodePoint;
        List<AnalyzedReport> reports = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ReportSpan span = spans.get(i);
            List<Commitment> commitments = new ArrayList<>();
            for (Section s : sections.get(i)) {
                if (s.kind() == SectionKind.MEASURES) {
                    commitments.addAll(commitmentExtractor.extract(text, s, quantities.get(i), years[i]));
                }
            }
            ReportContext ctx = new ReportContext(text, span.start(), span.end(), sections.get(i), quantities.get(i), commitments);
            List<Finding> findings = new ArrayList<>(linter.check(ctx));
            findings.addAll(boilerplate.add(new BoilerplateDetector.Source(text, span.start(), span.end(), label(span, i, fileName))));
            findings.sort(ReportLinter.FINDING_ORDER);
            Reporter reporter = span.reporter() == null ? new Reporter(null, null, null) : span.reporter();
            reports.add(new AnalyzedReport(span.title(), reporter, years[i], toCp.applyAsInt(span.start()), toCp.applyAsInt(span.end()),
                    sections.get(i).stream().map(s -> s.remap(toCp)).toList(),
                    quantities.get(i).stream().map(q -> remap(q, toCp)).toList(),
                    commitments.stream().map(c -> c.remap(toCp)).toList(),
                    findings.stream().map(f -> f.remap(toCp)).toList()));
        }
        return new AnalysisResult(fileName, text, reports);
    }

    /** Runs the quantity extractor over one report and moves its code point offsets to UTF-16 indices of the document. */
    private List<Quantity> quantitiesOf(String text, ReportSpan span) {
        String reportText = text.substring(span.start(), span.end());
        List<Quantity> found = quantityExtractor.extract(reportText);
        CodePointIndex local = CodePointIndex.of(reportText);
        int limit = reportText.codePointCount(0, reportText.length());
        List<Quantity> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            if (q.start() < 0 || q.end() > limit || q.start() > q.end()) {
                continue; // never let a bad offset from the extractor corrupt the report
            }
            out.add(new Quantity(q.text(), q.value(), q.max(), q.unit(), q.qualifier(),
                    span.start() + local.toCharIndex(q.start()), span.start() + local.toCharIndex(q.end())));
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start)); // checks look quantities up by binary search
        return out;
    }

    private static Quantity remap(Quantity q, IntUnaryOperator offset) {
        return new Quantity(q.text(), q.value(), q.max(), q.unit(), q.qualifier(), offset.applyAsInt(q.start()), offset.applyAsInt(q.end()));
    }

    /** Reports of one compilation were given at the same meeting: a report without its own year takes the most common one. */
    private static void fillFromSiblings(Integer[] years) {
        Map<Integer, Integer> counts = new HashMap<>();
        Integer best = null;
        for (Integer y : years) {
            if (y != null) {
                int c = counts.merge(y, 1, Integer::sum);
                if (best == null || c > counts.get(best) || c == counts.get(best) && y < best) {
                    best = y;
                }
            }
        }
        for (int i = 0; i < years.length; i++) {
            if (years[i] == null) {
                years[i] = best;
            }
        }
    }

    private static String label(ReportSpan span, int index, String fileName) {
        String who = span.reporter() != null && span.reporter().name() != null ? span.reporter().name()
                : span.title() != null ? span.title() : "第" + (index + 1) + "篇报告";
        return (fileName == null ? "" : fileName + " ") + "“" + who + "”的报告";
    }
}
