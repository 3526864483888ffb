package io.shuzhi.review;

import io.shuzhi.account.Scope;
import io.shuzhi.campaign.CritiqueRecorded;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.search.SearchDocument;
import io.shuzhi.search.SearchDocumentSource;
import io.shuzhi.search.SearchKind;
import io.shuzhi.search.SearchService;
import io.shuzhi.shared.tx.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps reports and critiques searchable: each analysed report version replaces the report's document, each
 * recorded critique its own; and for a rebuild, offers all of them from the database.
 */
@Component
class ReportIndexer implements SearchDocumentSource {

    private final SearchService search;
    private final OrganizationService organizations;
    private final ReportAnalysisRepository analyses;
    private final JdbcClient jdbc;

    ReportIndexer(SearchService search, OrganizationService organizations, ReportAnalysisRepository analyses, JdbcClient jdbc) {
        this.search = search;
        this.organizations = organizations;
        this.analyses = analyses;
        this.jdbc = jdbc;
    }

    void indexReport(DutyReport report, AnalysedText analysed, int year) {
        Organization org = organizations.find(Scope.ALL, report.organizationId()).orElseThrow();
        search.index(List.of(new SearchDocument(SearchKind.REPORT, report.id(), title(analysed.view().title(), org.name(), year),
                analysed.text(), year, org.id(), org.path())));
    }

    @EventListener
    void onCritique(CritiqueRecorded event) {
        AfterCommit.run("indexing the critique of report " + event.reportId(), () -> indexCritique(event));
    }

    private void indexCritique(CritiqueRecorded event) {
        String text = event.points().stream().map(p -> p.text()).collect(Collectors.joining("\n"));
        if (text.isBlank()) {
            search.remove(SearchKind.CRITIQUE, event.reportId());
            return;
        }
        Organization org = organizations.find(Scope.ALL, event.organizationId()).orElseThrow();
        search.index(List.of(new SearchDocument(SearchKind.CRITIQUE, event.reportId(), org.name() + " " + event.year() + "年述职点评",
                text, event.year(), org.id(), org.path())));
    }

    static String title(String analysedTitle, String organizationName, int year) {
        String base = organizationName + " " + year + "年述职报告";
        return analysedTitle == null || analysedTitle.isBlank() ? base : base + "：" + analysedTitle;
    }

    @Override
    public void offerAll(Consumer<SearchDocument> sink) {
        analyses.forEachLatest(r -> sink.accept(new SearchDocument(SearchKind.REPORT, r.reportId(),
                title(r.title(), r.organizationName(), r.year()), r.text(), r.year(), r.organizationId(), r.path())));
        // critiques are the campaign's; read-only here, as the index must be rebuildable from the database alone
        var query = jdbc.sql("""
                        SELECT k.report_id, o.id AS organization_id, o.name AS organization_name, o.path, c.year,
                               (SELECT string_agg(p ->> 'text', E'\\n') FROM jsonb_array_elements(k.points) p) AS text
                        FROM critique k JOIN duty_report r ON r.id = k.report_id
                        JOIN campaign c ON c.id = r.campaign_id JOIN organization o ON o.id = r.organization_id""")
                .query((rs, n) -> new SearchDocument(SearchKind.CRITIQUE, rs.getLong("report_id"),
                        rs.getString("organization_name") + " " + rs.getInt("year") + "年述职点评", rs.getString("text"),
                        rs.getInt("year"), rs.getLong("organization_id"), rs.getString("path")));
        try (var rows = query.stream()) {
            rows.filter(d -> !d.text().isBlank()).forEach(sink);
        }
    }
}
