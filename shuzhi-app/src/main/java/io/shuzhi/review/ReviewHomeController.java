package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.Set;

/** The reviewer's entry: the campaigns the caller may see, newest first, each leading to its overview. */
@Controller
class ReviewHomeController {

    private final CampaignService campaigns;

    ReviewHomeController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/review")
    String home(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("campaigns", campaigns.list(caller).stream()
                .sorted(Comparator.comparingInt(io.shuzhi.campaign.Campaign::year).reversed()).toList());
        return "review/home";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem reviewNavItem() {
            return new NavItem("nav.review", "/review", 40, Set.of("ADMIN", "ORGANIZATION_DEPARTMENT", "SECRETARY", "VIEWER"));
        }
    }
}
