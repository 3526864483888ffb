package io.shuzhi.bulletin;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;

/** The results page with its exports, and publishing the bulletin, for signed-in users (session, not bearer). */
@Controller
class ResultsController {

    private final ResultsService results;
    private final ResultsExports exports;
    private final BulletinService bulletins;
    private final CampaignService campaigns;
    private final BulletinPdf pdf;
    private final BulletinDocx docx;
    private final BulletinHtml html;

    ResultsController(ResultsService results, ResultsExports exports, BulletinService bulletins, CampaignService campaigns,
                      BulletinPdf pdf, BulletinDocx docx, BulletinHtml html) {
        this.results = results;
        this.exports = exports;
        this.bulletins = bulletins;
        this.campaigns = campaigns;
        this.pdf = pdf;
        this.docx = docx;
        this.html = html;
    }

    @GetMapping("/campaigns/{id}/results")
    String page(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.get(caller, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("manage", campaigns.canManage(caller, campaign));
        try {
            model.addAttribute("results", results.results(caller, id));
        } catch (DomainException notReleased) {
            model.addAttribute("results", null);
        }
        model.addAttribute("bulletin", bulletins.bulletin(caller, id));
        return "bulletin/results";
    }

    /**
     * The results a ballot session would publish, before release, for the host's organization department: a page,
     * or (for htmx, on the session page) just the section.
     */
    @GetMapping("/ballot-sessions/{id}/preview")
    String preview(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ResultsService.ResultsPreview preview = results.preview(caller, id);
        model.addAttribute("preview", preview);
        model.addAttribute("results", preview.results());
        model.addAttribute("ballotSession", preview.session());
        model.addAttribute("campaign", campaigns.find(preview.session().campaignId()));
        return htmx != null ? "bulletin/preview :: preview" : "bulletin/preview";
    }

    @GetMapping("/campaigns/{id}/results.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return BulletinApiController.file(exports.xlsx(results.results(caller, id), campaigns.get(caller, id).title()),
                ResultsApiController.XLSX, "results-" + id + ".xlsx");
    }

    @GetMapping("/campaigns/{id}/results.pdf")
    ResponseEntity<byte[]> resultsPdf(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return BulletinApiController.file(exports.pdf(results.results(caller, id), campaigns.get(caller, id).title()),
                MediaType.APPLICATION_PDF, "results-" + id + ".pdf");
    }

    @GetMapping("/campaigns/{id}/bulletin.pdf")
    ResponseEntity<byte[]> bulletinPdf(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return BulletinApiController.file(pdf.render(bulletins.bulletin(caller, id)), MediaType.APPLICATION_PDF, "bulletin-" + id + ".pdf");
    }

    @GetMapping("/campaigns/{id}/bulletin.docx")
    ResponseEntity<byte[]> bulletinDocx(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return BulletinApiController.file(docx.render(bulletins.bulletin(caller, id)), BulletinApiController.DOCX, "bulletin-" + id + ".docx");
    }

    @GetMapping("/campaigns/{id}/bulletin.html")
    ResponseEntity<String> bulletinHtml(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.render(bulletins.bulletin(caller, id)));
    }

    @PostMapping("/campaigns/{id}/bulletin/publish")
    String publish(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam(required = false) String editorNote,
                   RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("flash", "✓ " + bulletins.publish(caller, id, editorNote).size());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/campaigns/" + id + "/results";
    }
}
