package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report page: the editor for the reporter (autosaved by htmx, plain Save without script), upload and split,
 * submit; return/accept and the critique for the host; versions and their diff for everyone who sees the report.
 */
@Controller
class ReportController {

    private final DutyReportService reports;
    private final CampaignService campaigns;
    private final ReportFileReader reader;
    private final ReportSplitter splitter;
    private final ObjectProvider<PriorYearContext> priorYear;
    private final HighlightSuggestions suggestions;
    private final Clock clock;

    ReportController(DutyReportService reports, CampaignService campaigns, ReportFileReader reader, ReportSplitter splitter,
                     ObjectProvider<PriorYearContext> priorYear, HighlightSuggestions suggestions, Clock clock) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.reader = reader;
        this.splitter = splitter;
        this.priorYear = priorYear;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    @GetMapping("/reports/{id}")
    String report(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        DutyReport report = reports.get(caller, id);
        Campaign campaign = campaigns.find(report.campaignId());
        model.addAttribute("report", report);
        model.addAttribute("campaign", campaign);
        model.addAttribute("reporter", campaigns.reporters(campaign.id()).stream().filter(r -> r.reportId() == id).findFirst().orElseThrow());
        model.addAttribute("editable", reports.canEdit(caller, report));
        model.addAttribute("manage", campaigns.canManage(caller, campaign));
        model.addAttribute("critic", reports.canCritique(caller, report));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", report.content());
        }
        model.addAttribute("sections", Section.values());
        model.addAttribute("prior", priorYear.getIfAvailable(PriorYearContext.None::new).entriesFor(report.organizationId(), campaign.year() - 1));
        model.addAttribute("suggestions", model.getAttribute("editable") == Boolean.TRUE ? suggestions.shown(caller, report) : List.of());
        model.addAttribute("versions", reports.versions(id));
        model.addAttribute("events", reports.events(id));
        model.addAttribute("critique", reports.critique(id));
        return "campaign/report";
    }

    @PostMapping("/reports/{id}")
    String save(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
                RedirectAttributes redirect) {
        try {
            reports.save(caller, id, content(form));
            redirect.addFlashAttribute("flash", "✓");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/reports/" + id;
    }

    /** htmx autosave of the draft: the same form, answered with a one-line status instead of a redirect. */
    @PostMapping(value = "/reports/{id}", headers = "HX-Request")
    @ResponseBody
    String autosave(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form) {
        try {
            DutyReport saved = reports.save(caller, id, content(form));
            return "✓ v" + saved.version() + " " + LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        } catch (DomainException e) {
            return org.springframework.web.util.HtmlUtils.htmlEscape(e.getMessage());
        }
    }

    @PostMapping("/reports/{id}/upload")
    String upload(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  Model model) throws IOException {
        ReportContent split = reports.splitUpload(caller, id, reader.paragraphs(file.getOriginalFilename(), file.getBytes()), splitter);
        model.addAttribute("draft", split);
        model.addAttribute("uploaded", true);
        return report(caller, id, model);
    }

    @PostMapping("/reports/{id}/submit")
    String submit(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> reports.submit(caller, id));
    }

    @PostMapping("/reports/{id}/return")
    String returnReport(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String comment, RedirectAttributes redirect) {
        return act(id, redirect, () -> reports.returnToReporter(caller, id, comment));
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> reports.accept(caller, id));
    }

    @PostMapping("/reports/{id}/critique")
    String critique(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam(required = false) List<String> point,
                    @RequestParam(required = false) List<Integer> rectify, RedirectAttributes redirect) {
        List<CritiquePoint> points = new ArrayList<>();
        List<String> texts = point == null ? List.of() : point;
        for (int i = 0; i < texts.size(); i++) {
            points.add(new CritiquePoint(texts.get(i), rectify != null && rectify.contains(i)));
        }
        return act(id, redirect, () -> reports.recordCritique(caller, id, points));
    }

    @GetMapping("/reports/{id}/diff")
    String diff(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        DutyReport report = reports.get(caller, id);
        model.addAttribute("report", report);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("diff", ReportDiff.between(reports.version(id, from), reports.version(id, to)));
        return "campaign/diff";
    }

    private static String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "✓");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/reports/" + id;
    }

    /** Rows named {@code SECTION.heading} / {@code SECTION.text}, in order; blank rows are dropped by ReportContent. */
    static ReportContent content(MultiValueMap<String, String> form) {
        Map<Section, List<ReportItem>> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<String> headings = form.getOrDefault(s.name() + ".heading", List.of());
            List<String> texts = form.getOrDefault(s.name() + ".text", List.of());
            List<ReportItem> items = new ArrayList<>();
            for (int i = 0; i < Math.max(headings.size(), texts.size()); i++) {
                items.add(new ReportItem(i < headings.size() ? headings.get(i) : "", i < texts.size() ? texts.get(i) : ""));
            }
            sections.put(s, items);
        }
        return new ReportContent(sections);
    }
}
