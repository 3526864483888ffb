package io.shuzhi.review;

import io.shuzhi.account.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/** The campaign overview page (sortable by any column) and its .xlsx export. */
@Controller
class OverviewController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CampaignOverviewService overviews;
    private final MessageSource messages;

    OverviewController(CampaignOverviewService overviews, MessageSource messages) {
        this.overviews = overviews;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}/overview")
    String overview(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                    @RequestParam(defaultValue = "organization") String sort, @RequestParam(defaultValue = "asc") String dir,
                    Model model) {
        model.addAttribute("overview", overviews.overview(caller, id).sorted(sort, "desc".equals(dir)));
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        return "review/overview";
    }

    @GetMapping("/campaigns/{id}/overview.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                                  @RequestParam(defaultValue = "organization") String sort, @RequestParam(defaultValue = "asc") String dir) {
        CampaignOverview overview = overviews.overview(caller, id).sorted(sort, "desc".equals(dir));
        byte[] body = OverviewWorkbook.write(overview, messages, LocaleContextHolder.getLocale());
        String name = overview.year() + "-" + messages.getMessage("review.overview.title", null, LocaleContextHolder.getLocale()) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
