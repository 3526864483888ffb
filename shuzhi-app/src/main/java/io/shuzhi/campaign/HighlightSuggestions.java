package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.NotFoundException;
import io.shuzhi.workrecord.ActivitySentences;
import io.shuzhi.workrecord.ReportFigureLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences from the leader's work records offered beside the HIGHLIGHTS part of the editor (ADR 400). Inserting
 * one appends it as a new highlight item, saved as a new version, and links that version to the records the
 * figures came from. The secretary edits the text freely afterwards; the link stays with the version it entered.
 */
@Service
@Transactional(readOnly = true)
class HighlightSuggestions {

    private final DutyReportService reports;
    private final CampaignService campaigns;
    private final ActivitySentences sentences;
    private final ReportFigureLinks links;

    HighlightSuggestions(DutyReportService reports, CampaignService campaigns, ActivitySentences sentences, ReportFigureLinks links) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.sentences = sentences;
        this.links = links;
    }

    /** For the report's organization (and its secretary, where one holds the grant) and the campaign year. */
    List<ActivitySentences.Sentence> offered(Caller caller, DutyReport report) {
        int year = campaigns.find(report.campaignId()).year();
        Long leader = links.secretaryOf(report.organizationId()).orElse(null);
        return sentences.forHighlights(caller, report.organizationId(), leader, year);
    }

    /** For the editor page: a subject the caller cannot summarise offers nothing rather than breaking the editor. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    List<ActivitySentences.Sentence> shown(Caller caller, DutyReport report) {
        try {
            return offered(caller, report);
        } catch (io.shuzhi.shared.DomainException e) {
            return List.of();
        }
    }

    @Transactional
    DutyReport insert(Caller caller, long reportId, int index) {
        DutyReport report = reports.get(caller, reportId);
        List<ActivitySentences.Sentence> offered = offered(caller, report);
        if (index < 0 || index >= offered.size()) {
            throw new NotFoundException("HighlightSuggestion", index);
        }
        ActivitySentences.Sentence sentence = offered.get(index);
        Map<Section, List<ReportItem>> sections = new EnumMap<>(report.content().sections());
        List<ReportItem> highlights = new ArrayList<>(sections.get(Section.HIGHLIGHTS));
        highlights.add(new ReportItem("", sentence.text()));
        sections.put(Section.HIGHLIGHTS, highlights);
        DutyReport saved = reports.save(caller, reportId, new ReportContent(sections));
        links.link(reportId, saved.version(), sentence.text(), sentence.records(), caller.getUsername());
        return saved;
    }
}
