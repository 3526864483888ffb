package io.shuzhi.review;

import io.shuzhi.analysis.AnalysisJson;
import io.shuzhi.analysis.AnalysisOptions;
import io.shuzhi.analysis.AnalysisResult;
import io.shuzhi.analysis.AnalyzedReport;
import io.shuzhi.analysis.ReportAnalyzer;
import io.shuzhi.analysis.document.UnreadableDocumentException;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The analysis library as this feature uses it: through its facade and its JSON contract only. A report is always
 * analysed on its own text, so the stored offsets point into the report and not into the file it came from;
 * reports of one batch are analysed together, so BOILERPLATE compares them with each other.
 */
@Component
class ReportAnalyser {

    private final ReportAnalyzer analyzer;

    ReportAnalyser(ReportAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Reads an uploaded compilation and returns each report's own text, in order, with what the splitter saw. */
    List<Found> split(byte[] content, String fileName, Integer year) {
        return split(content, fileName, year, (done, of) -> {
        });
    }

    /** Told after each report is cut out and analysed: how many are done of how many. */
    interface Progress {
        void reportDone(int done, int of);
    }

    /** @throws InvalidInputException when the file is not a readable .txt, .docx or .html document */
    List<Found> split(byte[] content, String fileName, Integer year, Progress progress) {
        AnalysisResult whole;
        try {
            whole = analyzer.analyze(content, fileName, options(year));
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("compilation.unreadable", "file",
                    "无法读取该文件，请上传完好的 .txt、.docx 或 .html 文件 / The file cannot be read: " + fileName);
        }
        List<Found> found = new ArrayList<>();
        for (AnalyzedReport r : whole.reports()) {
            String text = whole.text().substring(whole.text().offsetByCodePoints(0, r.start()),
                    whole.text().offsetByCodePoints(0, r.end())).strip();
            found.add(new Found(text, AnalysisView.parse(reportJson(whole.text(), r))));
            progress.reportDone(found.size(), whole.reports().size());
        }
        return found;
    }

    record Found(String text, AnalysisView view) {
    }

    AnalysedText analyse(String text, Integer year) {
        return analyseBatch(List.of(text), year).get(0);
    }

    /** Unnamed inputs: a BOILERPLATE message then names the other report by its byline alone. */
    List<AnalysedText> analyseBatch(List<String> texts, Integer year) {
        List<ReportAnalyzer.Input> inputs = texts.stream()
                .map(t -> new ReportAnalyzer.Input(null, t.getBytes(StandardCharsets.UTF_8))).toList();
        List<AnalysedText> out = new ArrayList<>(inputs.size());
        for (AnalysisResult result : analyzer.analyzeBatch(inputs, options(year))) {
            out.add(of(result, year));
        }
        return out;
    }

    /**
     * The report of a single-report text. Should the splitter see more than one (a stray headline), the longest
     * span is the report; a text with no report yields an empty one, so the checklist can say what is missing.
     */
    private static AnalysedText of(AnalysisResult result, Integer year) {
        return result.reports().stream()
                .max(Comparator.comparingInt(r -> r.end() - r.start()))
                .map(r -> AnalysedText.of(result.text(), reportJson(result.text(), r)))
                .orElseGet(() -> AnalysedText.of(result.text(), "{\"title\":null,\"reporter\":{\"name\":null,\"position\":null,"
                        + "\"organization\":null},\"year\":" + year + ",\"start\":0,\"end\":0,\"sections\":[],\"quantities\":[],"
                        + "\"commitments\":[],\"findings\":[]}"));
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
