package io.shuzhi.bulletin;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.campaign.ReportStatus;
import io.shuzhi.campaign.Reporter;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles and publishes the bulletin: the editor's note and every accepted (or published) report, in order. */
@Service
public class BulletinService {

    private final CampaignService campaigns;
    private final DutyReportService reports;

    BulletinService(CampaignService campaigns, DutyReportService reports) {
        this.campaigns = campaigns;
        this.reports = reports;
    }

    /** The bulletin as it stands (a preview until published); readable by whoever sees the campaign's host. */
    public Bulletin bulletin(Caller caller, long campaignId) {
        Campaign campaign = campaigns.get(caller, campaignId);
        Map<Long, Reporter> reporters = campaigns.reporters(campaignId).stream()
                .collect(Collectors.toMap(Reporter::reportId, Function.identity()));
        List<Bulletin.Entry> entries = campaigns.reports(campaignId).stream()
                .filter(r -> r.status() == ReportStatus.ACCEPTED || r.status() == ReportStatus.PUBLISHED)
                .map(r -> new Bulletin.Entry(reporters.get(r.id()), r.content())).toList();
        return new Bulletin(campaignId, campaign.title(), campaign.editorNote(), campaign.isPublished(), entries);
    }

    public List<DutyReport> publish(Caller caller, long campaignId, String editorNote) {
        return reports.publish(caller, campaignId, editorNote == null ? null : editorNote.strip());
    }
}
