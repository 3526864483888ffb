package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.campaign.ReportContent;
import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Accepting a finding's suggested fix with one click: the fix replaces the flagged text in the item it lies in
 * and the result is saved as a new version of the draft, through the campaign's service (which refuses unless
 * the report is editable and the caller its reporter). Works only on the analysis of the current version, so a
 * fix never lands on text that has changed since.
 */
@Service
public class FindingFixer {

    private final DutyReportService reports;
    private final ReportAnalysisService analyses;

    FindingFixer(DutyReportService reports, ReportAnalysisService analyses) {
        this.reports = reports;
        this.analyses = analyses;
    }

    public DutyReport apply(Caller caller, long reportId, int findingIndex) {
        DutyReport report = reports.get(caller, reportId);
        if (!report.status().isEditable()) {
            throw new ConflictException("report.not-editable", "述职报告已提交，不能修改 / The report is no longer editable");
        }
        var row = analyses.current(report);
        AnalysisView view = AnalysisView.parse(row.json());
        if (findingIndex < 0 || findingIndex >= view.findings().size()) {
            throw new NotFoundException("Finding", findingIndex);
        }
        AnalysisView.Finding f = view.findings().get(findingIndex);
        if (!f.hasFix() || f.text().isEmpty()) {
            throw new InvalidInputException("finding.no-fix", "finding", "该意见没有可直接采纳的修改 / This finding has no fix to apply");
        }
        ReportContent fixed = applyTo(report.content(), row.text(), f);
        return reports.save(caller, reportId, fixed);
    }

    /**
     * Where the analysed text was rendered from these sections, the finding's offsets name the item; otherwise
     * (a report imported as printed) the flagged text must occur exactly once in the items.
     */
    static ReportContent applyTo(ReportContent content, String analysedText, AnalysisView.Finding f) {
        ReportTextRenderer.Rendered rendered = ReportTextRenderer.render(null, content);
        if (rendered.text().equals(analysedText)) {
            int start = analysedText.offsetByCodePoints(0, f.start());
            int end = analysedText.offsetByCodePoints(0, f.end());
            ReportTextRenderer.ItemSpan span = rendered.itemAt(start);
            if (span == null || end > span.end()) {
                throw new ConflictException("finding.spans-items", "该修改跨越多个条目，请在编辑器中修改 / The fix spans several items: edit it by hand");
            }
            ReportItem item = content.items(span.section()).get(span.index());
            int h = item.heading().length();
            int from = start - span.start();
            int to = end - span.start();
            ReportItem updated;
            if (to <= h) {
                updated = new ReportItem(splice(item.heading(), from, to, f.fix()), item.text());
            } else if (from >= h) {
                updated = new ReportItem(item.heading(), splice(item.text(), from - h, to - h, f.fix()));
            } else {
                updated = new ReportItem(item.heading().substring(0, from) + f.fix(), item.text().substring(to - h));
            }
            return replace(content, span.section(), span.index(), updated);
        }
        Section foundIn = null;
        int foundAt = -1;
        int occurrences = 0;
        for (Section s : Section.values()) {
            List<ReportItem> items = content.items(s);
            for (int i = 0; i < items.size(); i++) {
                String whole = items.get(i).heading() + items.get(i).text();
                for (int at = whole.indexOf(f.text()); at >= 0; at = whole.indexOf(f.text(), at + 1)) {
                    occurrences++;
                    foundIn = s;
                    foundAt = i;
                }
            }
        }
        if (occurrences != 1) {
            throw new ConflictException("finding.ambiguous", "原文已变化或出现多次，请在编辑器中修改 / The text changed or occurs more than once: edit it by hand");
        }
        ReportItem item = content.items(foundIn).get(foundAt);
        String heading = item.heading().replace(f.text(), f.fix());
        String text = heading.equals(item.heading()) ? item.text().replace(f.text(), f.fix()) : item.text();
        return replace(content, foundIn, foundAt, new ReportItem(heading, text));
    }

    private static String splice(String s, int from, int to, String with) {
        return s.substring(0, from) + with + s.substring(to);
    }

    private static ReportContent replace(ReportContent content, Section section, int index, ReportItem item) {
        Map<Section, List<ReportItem>> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<ReportItem> items = new ArrayList<>(content.items(s));
            if (s == section) {
                items.set(index, item);
            }
            sections.put(s, items);
        }
        return new ReportContent(sections);
    }
}
