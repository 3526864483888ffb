package io.shuzhi.campaign;

import io.shuzhi.audit.AuditLog;
import io.shuzhi.demo.DemoCityLoaded;
import io.shuzhi.evaluation.EvaluationScheme;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Demo data: this year's campaign of the demo city with its counties as reporters — all but the last two reports
 * accepted with routine scores, one submitted (to return or accept), one still a draft. Invented texts in the style
 * of the published compilations. Runs inside the demo's loading transaction; the organization department then opens
 * a ballot session, casts ballots from the printed sheet on a phone, releases and publishes.
 */
@Component
class CampaignDemo {

    private static final String[][] TEXTS = {
            {"从严治党担当主责。", "主持召开常委会专题研究基层党建12次，到村调研督办15次，破解无职党员作用发挥等重点难点问题20余项。"},
            {"抓基层党建工作用力不均。", "抓农村党建用力多，抓非公企业和社会组织党建用力少，非公企业党组织组建率只有52%。"},
            {"认识不深刻。", "思想上存在“抓党建比较虚、抓发展才实”的偏差，对党建工作紧迫感不足。"},
            {"真抓严管，形成新常态。", "到每个乡镇督办党建工作不少于2次，到村调研100个以上，对所有软弱涣散村回访一次。"}};

    private final CampaignRepository campaigns;
    private final DutyReportRepository reports;
    private final AuditLog audit;
    private final Clock clock;

    CampaignDemo(CampaignRepository campaigns, DutyReportRepository reports, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(DemoCityLoaded demo) {
        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        List<Long> counties = demo.countyOrganizationIds();
        long id = campaigns.insert(new NewCampaign(demo.cityOrganizationId(), year, "（演示）" + year + "年度县市区委书记抓基层党建工作述职评议考核",
                counties, LocalDate.now(clock).plusDays(10), LocalDate.now(clock).plusDays(20), null), now);
        campaigns.insertScheme(id, 1, EvaluationScheme.defaults(), now);
        for (int i = 0; i < counties.size(); i++) {
            reports.insert(id, counties.get(i), i + 1, now);
        }
        List<DutyReport> all = reports.ofCampaign(id);
        for (int i = 0; i < all.size(); i++) {
            DutyReport r = all.get(i).edit(content(i));
            if (i < all.size() - 2) {
                r = r.submit().accept();
                campaigns.saveRoutineScore(r.id(), new BigDecimal(92 - 3 * i), now, "system");
            } else if (i == all.size() - 2) {
                r = r.submit();
            }
            reports.update(r, now);
            reports.insertVersion(r, now, "system");
        }
        audit.record("campaign.created", "Campaign", id, demo.cityOrganizationId(), null, Map.of("demo", true, "reporters", counties));
    }

    private static ReportContent content(int n) {
        return new ReportContent(Map.of(
                Section.HIGHLIGHTS, List.of(new ReportItem(TEXTS[0][0], TEXTS[0][1].replace("12", String.valueOf(10 + n)))),
                Section.PROBLEMS, List.of(new ReportItem(TEXTS[1][0], TEXTS[1][1])),
                Section.CAUSES, List.of(new ReportItem(TEXTS[2][0], TEXTS[2][1])),
                Section.MEASURES, List.of(new ReportItem(TEXTS[3][0], TEXTS[3][1]))));
    }
}
