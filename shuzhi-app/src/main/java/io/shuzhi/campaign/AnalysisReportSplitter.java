package io.shuzhi.campaign;

import io.shuzhi.analysis.AnalysisJson;
import io.shuzhi.analysis.AnalysisOptions;
import io.shuzhi.analysis.AnalysisResult;
import io.shuzhi.analysis.ReportAnalyzer;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The split of an uploaded report by the analysis library: each point the analyser found becomes an item whose
 * heading is its lead phrase ("从严治党担当主责。") and whose text is the rest of the point. A text in which the
 * analyser finds no sections falls back to {@link HeadingReportSplitter}. Like the review feature, this reads the
 * library through its facade and its JSON contract only.
 */
@Primary
@Component
class AnalysisReportSplitter implements ReportSplitter {

    private static final String LEAD_PUNCTUATION = "。：:，,；;！";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ReportAnalyzer analyzer;
    private final HeadingReportSplitter fallback;

    AnalysisReportSplitter(ReportAnalyzer analyzer, HeadingReportSplitter fallback) {
        this.analyzer = analyzer;
        this.fallback = fallback;
    }

    @Override
    public ReportContent split(List<String> paragraphs) {
        AnalysisResult result = analyzer.analyze(String.join("\n", paragraphs), AnalysisOptions.defaults());
        Report report = JSON.readValue(AnalysisJson.write(result), Found.class).reports().stream()
                .max(Comparator.comparingInt(r -> r.end() - r.start())).orElse(null);
        if (report == null || report.sections() == null || report.sections().isEmpty()) {
            return fallback.split(paragraphs);
        }
        String text = result.text();
        Map<Section, List<ReportItem>> sections = new EnumMap<>(Section.class);
        for (Part part : report.sections()) {
            List<ReportItem> items = sections.computeIfAbsent(Section.valueOf(part.kind()), k -> new ArrayList<>());
            if (part.items().isEmpty()) {
                // a part without recognisable points: keep its body as one item rather than lose it
                String body = slice(text, part.start(), part.end()).strip();
                body = body.startsWith(part.heading()) ? body.substring(part.heading().length()).strip() : body;
                items.add(new ReportItem("", body));
                continue;
            }
            for (Item item : part.items()) {
                items.add(item(slice(text, item.start(), item.end()).strip(), item.heading()));
            }
        }
        return new ReportContent(sections);
    }

    /** The part of the analysis contract this splitter reads. */
    private record Found(List<Report> reports) {
    }

    private record Report(int start, int end, List<Part> sections) {
    }

    private record Part(String kind, String heading, int start, int end, List<Item> items) {
    }

    private record Item(String heading, int start, int end) {
    }

    /** Splits "从严治党担当主责。我主持召开…" after the lead phrase and its punctuation. */
    static ReportItem item(String itemText, String heading) {
        int at = heading == null || heading.isBlank() ? -1 : itemText.indexOf(heading);
        if (at < 0 || at > 8) {
            return new ReportItem("", itemText);
        }
        int end = at + heading.length();
        while (end < itemText.length() && LEAD_PUNCTUATION.indexOf(itemText.charAt(end)) >= 0) {
            end++;
        }
        return new ReportItem(itemText.substring(0, end), itemText.substring(end));
    }

    private static String slice(String text, int startCp, int endCp) {
        return text.substring(text.offsetByCodePoints(0, startCp), text.offsetByCodePoints(0, endCp));
    }
}
