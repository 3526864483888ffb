package io.shuzhi.ballot;

import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.Reporter;
import io.shuzhi.evaluation.Grade;
import io.shuzhi.shared.DomainException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mobile ballot page, open without login (the token is the credential): enter or scan the token, grade every
 * reporter with big radio buttons, submit. A plain form POST → redirect → GET; no script needed.
 */
@Controller
class BallotPageController {

    private final BallotService ballots;
    private final CampaignService campaigns;

    BallotPageController(BallotService ballots, CampaignService campaigns) {
        this.ballots = ballots;
        this.campaigns = campaigns;
    }

    @GetMapping("/ballot")
    String ballot(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("grades", Grade.values());
        if (token == null || token.isBlank()) {
            return "ballot/token";
        }
        Optional<BallotSession> session = ballots.sessionOfToken(token);
        if (session.isEmpty()) {
            model.addAttribute("error", "ballot.unknown");
            return "ballot/token";
        }
        if (session.get().status() != BallotSessionStatus.OPEN) {
            model.addAttribute("error", "ballot.closed");
            return "ballot/token";
        }
        model.addAttribute("token", Tokens.normalize(token));
        model.addAttribute("campaign", campaigns.find(session.get().campaignId()));
        model.addAttribute("reporters", campaigns.reporters(session.get().campaignId()));
        model.addAttribute("chosen", Map.of());
        return "ballot/form";
    }

    @PostMapping("/ballot")
    String cast(@RequestParam String token, @RequestParam Map<String, String> form, Model model) {
        Optional<BallotSession> session = ballots.sessionOfToken(token);
        if (session.isEmpty()) {
            return ballot(token, model);
        }
        List<Reporter> reporters = campaigns.reporters(session.get().campaignId());
        List<Rating> ratings = new ArrayList<>();
        for (Reporter r : reporters) {
            String grade = form.get("g" + r.reportId());
            if (grade != null && !grade.isBlank()) {
                ratings.add(new Rating(r.reportId(), Grade.valueOf(grade)));
            }
        }
        try {
            ballots.cast(token, ratings, form.get("comment"));
            return "redirect:/ballot/done";
        } catch (BallotSessionClosed | NotFoundException e) {
            return ballot(token, model);
        } catch (DomainException e) {
            String view = ballot(token, model);
            model.addAttribute("invalid", true);
            model.addAttribute("chosen", form);
            model.addAttribute("comment", form.get("comment"));
            return view;
        }
    }

    @GetMapping("/ballot/done")
    String done() {
        return "ballot/done";
    }
}
