package io.shuzhi.ballot;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.evaluation.EvaluatorGroup;
import io.shuzhi.shared.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The organization department's pages for ballot sessions: open, watch turnout, print tokens, close, release. */
@Controller
class BallotSessionController {

    private final BallotService ballots;
    private final CampaignService campaigns;

    BallotSessionController(BallotService ballots, CampaignService campaigns) {
        this.ballots = ballots;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/ballot")
    String sessions(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.manageable(caller, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("sessions", ballots.sessions(id));
        List<EvaluatorGroup> groups = new ArrayList<>(campaigns.scheme(campaign).groups());
        while (groups.size() < 4) {
            groups.add(new EvaluatorGroup("", BigDecimal.ONE));
        }
        model.addAttribute("groups", groups);
        return "ballot/sessions";
    }

    @PostMapping("/campaigns/{id}/ballot")
    String open(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam BallotMode mode,
                @RequestParam List<String> group, @RequestParam List<String> weight, @RequestParam List<String> count,
                RedirectAttributes redirect) {
        List<SeatGroup> seats = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            if (!group.get(i).isBlank()) {
                seats.add(new SeatGroup(group.get(i).strip(), number(weight, i, "1"), number(count, i, "0").intValue()));
            }
        }
        try {
            return "redirect:/ballot-sessions/" + ballots.open(caller, id, mode, seats).id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/campaigns/" + id + "/ballot";
        }
    }

    @GetMapping("/ballot-sessions/{id}")
    String session(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        BallotSession session = ballots.manageable(caller, id);
        model.addAttribute("session", session);
        model.addAttribute("campaign", campaigns.find(session.campaignId()));
        model.addAttribute("count", ballots.count(id));
        model.addAttribute("screenUrl", "/screen/" + id + "/" + session.screenKey());
        return "ballot/session";
    }

    @GetMapping("/ballot-sessions/{id}/sheet")
    String sheet(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        BallotSession session = ballots.manageable(caller, id);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/ballot").toUriString();
        List<Ticket> tickets = ballots.tokens(id).stream()
                .map(t -> new Ticket(t.group(), Tokens.grouped(t.token()), QrCodes.dataUri(base + "?token=" + t.token(), 240))).toList();
        model.addAttribute("session", session);
        model.addAttribute("campaign", campaigns.find(session.campaignId()));
        model.addAttribute("tickets", tickets);
        return "ballot/sheet";
    }

    @PostMapping("/ballot-sessions/{id}/close")
    String close(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        ballots.close(caller, id);
        return "redirect:/ballot-sessions/" + id;
    }

    @PostMapping("/ballot-sessions/{id}/release")
    String release(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        ballots.release(caller, id);
        return "redirect:/ballot-sessions/" + id;
    }

    @PostMapping("/ballot-sessions/{id}/purge")
    String purge(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        long campaignId = ballots.manageable(caller, id).campaignId();
        ballots.purge(caller, id);
        return "redirect:/campaigns/" + campaignId + "/ballot";
    }

    private static BigDecimal number(List<String> values, int i, String fallback) {
        String v = i < values.size() && !values.get(i).isBlank() ? values.get(i).strip() : fallback;
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new io.shuzhi.shared.InvalidInputException("ballot.invalid-number", "seats", "请输入数字 / Not a number: " + v);
        }
    }

    record Ticket(String group, String code, String qr) {
    }
}
