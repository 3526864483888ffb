package io.shuzhi.statistics;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.NotFoundException;
import io.shuzhi.shared.web.NavItem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The dashboard: indicators of a subtree and year, a chart of the direct children to drill down into, exports. */
@Controller
class StatisticsController {

    private final IndicatorService indicators;
    private final OrganizationService organizations;
    private final Clock clock;
    private final JsonMapper json;

    StatisticsController(IndicatorService indicators, OrganizationService organizations, Clock clock,
                         JsonMapper json) {
        this.indicators = indicators;
        this.organizations = organizations;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping("/statistics")
    String dashboard(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                     @RequestParam(required = false) Integer year, Model model) {
        Organization root = root(caller, organizationId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        IndicatorReport report = indicators.report(caller, root.id(), y);
        List<Breakdown> children = indicators.children(caller, root.id(), y);
        model.addAttribute("org", root);
        model.addAttribute("parent", root.parentId() == null ? null : organizations.find(caller.scope(), root.parentId()).orElse(null));
        model.addAttribute("report", report);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("children", children);
        model.addAttribute("chart", json.writeValueAsString(ChartData.of(children)));
        return "statistics/dashboard";
    }

    @GetMapping("/statistics/export")
    void export(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam int year,
                @RequestParam(defaultValue = "indicators") String table, HttpServletResponse response) throws IOException {
        IndicatorReport report = indicators.report(caller, organizationId, year);
        boolean yearly = "yearly".equals(table);
        String name = report.organizationName() + "-" + year + (yearly ? "年度统计表.xlsx" : "年指标.xlsx");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        if (yearly) {
            StatisticsExport.yearly(report, indicators.children(caller, organizationId, year), response.getOutputStream());
        } else {
            StatisticsExport.indicators(report, response.getOutputStream());
        }
    }

    private Organization root(Caller caller, Long organizationId) {
        if (organizationId != null) {
            return organizations.get(caller, organizationId);
        }
        return organizations.children(caller, null).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Organization", "scope"));
    }

    /** What the chart script needs, serialised into a data attribute (the CSP allows no inline script). */
    record ChartData(List<Long> ids, List<String> names, List<Long> young, List<Long> middle, List<Long> old) {
        static ChartData of(List<Breakdown> rows) {
            return new ChartData(rows.stream().map(Breakdown::organizationId).toList(), rows.stream().map(Breakdown::name).toList(),
                    rows.stream().map(Breakdown::young).toList(), rows.stream().map(Breakdown::middle).toList(),
                    rows.stream().map(Breakdown::old).toList());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem statisticsNav() {
            return new NavItem("nav.statistics", "/statistics", 45, Set.of());
        }
    }
}
