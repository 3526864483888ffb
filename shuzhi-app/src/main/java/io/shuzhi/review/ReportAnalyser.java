package io.shuzhi.review;

import io.shuzhi.analysis.AnalysisJson;
import io.shuzhi.analysis.AnalysisOptions;
import io.shuzhi.analysis.AnalysisResult;
import io.shuzhi.analysis.AnalyzedReport;
import io.shuzhi.analysis.ReportAnalyzer;
import io.shuzhi.analysis.document.ExtractedDocument;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The analysis library as this feature uses it. A report is always analysed on its own text, so the stored
 * offsets point into the report and not into the file it came from; reports of one batch are analysed together,
 * so BOILERPLATE compares them with each other.
 */
@Component
class ReportAnalyser {

    private final ReportAnalyzer analyzer = ReportAnalyzer.create();

    /** Reads an uploaded compilation and returns each report's own text, in order. */
    List<Found> split(byte[] content, String fileName, Integer year) {
        AnalysisResult whole = analyzer.analyze(content, fileName, options(year));
        return whole.reports().stream()
                .map(r -> new Found(AnalysedText.slice(whole.text(), r).strip(), r))
                .toList();
    }

    record Found(String text, AnalyzedReport report) {
    }

    AnalysedText analyse(String text, Integer year) {
        return analyseBatch(List.of(text), year).get(0);
    }

    List<AnalysedText> analyseBatch(List<String> texts, Integer year) {
        List<ExtractedDocument> docs = texts.stream().map(ExtractedDocument::ofPlainText).toList();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            names.add(null);
        }
        List<AnalysisResult> results = analyzer.analyzeDocuments(docs, names, options(year));
        List<AnalysedText> out = new ArrayList<>(results.size());
        for (AnalysisResult result : results) {
            out.add(of(result));
        }
        return out;
    }

    /**
     * The report of a single-report text. Should the splitter see more than one (a stray headline), the longest
     * span is the report; an empty text still yields an empty report so the checklist can say what is missing.
     */
    private static AnalysedText of(AnalysisResult result) {
        AnalyzedReport report = result.reports().stream()
                .max(Comparator.comparingInt(r -> r.end() - r.start()))
                .orElseGet(() -> new AnalyzedReport(null, new io.shuzhi.analysis.split.Reporter(null, null, null), null,
                        0, 0, List.of(), List.of(), List.of(), List.of()));
        return new AnalysedText(result.text(), report, reportJson(result.text(), report));
    }

    /** The contract's writer only writes whole results: write one with this report and cut the object out. */
    static String reportJson(String text, AnalyzedReport report) {
        String whole = AnalysisJson.write(new AnalysisResult(null, text, List.of(report)));
        String prefix = "{\"file\":null,\"reports\":[";
        if (!whole.startsWith(prefix) || !whole.endsWith("]}")) {
            throw new IllegalStateException("unexpected analysis JSON shape");
        }
        return whole.substring(prefix.length(), whole.length() - 2);
    }

    private static AnalysisOptions options(Integer year) {
        return year == null ? AnalysisOptions.defaults() : AnalysisOptions.reportYear(year);
    }
}
