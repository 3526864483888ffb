package io.shuzhi.bulletin;

import io.shuzhi.ballot.BallotService;
import io.shuzhi.ballot.BallotSession;
import io.shuzhi.ballot.BallotSessionStatus;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.evaluation.Evaluation;
import io.shuzhi.evaluation.Grade;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The meeting-room projector. Public, but its URL carries the session's random screen key, so only people given
 * the link (the organization department) can open it. Turnout refreshes by htmx polling; results appear only
 * after release, as a ranked table and ECharts bars fed from {@code results.json}.
 */
@Controller
class ScreenController {

    private final BallotService ballots;
    private final CampaignService campaigns;
    private final ResultsService results;

    ScreenController(BallotService ballots, CampaignService campaigns, ResultsService results) {
        this.ballots = ballots;
        this.campaigns = campaigns;
        this.results = results;
    }

    @GetMapping("/screen/{id}/{key}")
    String screen(@PathVariable long id, @PathVariable String key, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        BallotSession session = session(id, key);
        Campaign campaign = campaigns.find(session.campaignId());
        model.addAttribute("session", session);
        model.addAttribute("campaign", campaign);
        model.addAttribute("turnout", ballots.count(id).turnout());
        model.addAttribute("released", session.status() == BallotSessionStatus.RELEASED);
        model.addAttribute("results", session.status() == BallotSessionStatus.RELEASED ? results.compute(campaign, session) : null);
        model.addAttribute("self", "/screen/" + id + "/" + key);
        return htmx != null ? "bulletin/screen :: live" : "bulletin/screen";
    }

    @GetMapping("/screen/{id}/{key}/results.json")
    @ResponseBody
    List<Map<String, Object>> chart(@PathVariable long id, @PathVariable String key) {
        BallotSession session = session(id, key);
        if (session.status() != BallotSessionStatus.RELEASED) {
            return List.of();
        }
        return results.compute(campaigns.find(session.campaignId()), session).rows().stream().map(row -> {
            Evaluation e = row.evaluation();
            return Map.<String, Object>of("name", row.reporter().organizationName(),
                    "total", e.totalScore() == null ? BigDecimal.ZERO : e.totalScore(),
                    "good", e.gradeCounts().get(Grade.GOOD), "fairlyGood", e.gradeCounts().get(Grade.FAIRLY_GOOD),
                    "average", e.gradeCounts().get(Grade.AVERAGE), "poor", e.gradeCounts().get(Grade.POOR));
        }).toList();
    }

    private BallotSession session(long id, String key) {
        return ballots.byScreenKey(id, key).orElseThrow(() -> new NotFoundException("BallotSession", id));
    }
}
