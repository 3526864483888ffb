package io.shuzhi.statistics;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Indicators", description = "Figures computed from the registry for an organization and its whole subtree "
        + "(from subtree rollups kept exact by the database, or counted live)")
class IndicatorApiController {

    private final IndicatorService indicators;

    IndicatorApiController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/indicators")
    @Operation(summary = "Indicators of an organization's subtree for a year, with last year's values and the change",
            description = IndicatorDocs.DESCRIPTION)
    IndicatorReport indicators(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam int year) {
        return indicators.report(caller, organizationId, year);
    }

    @GetMapping("/api/indicators/children")
    @Operation(summary = "For each direct child of the organization: members (total, by age band, mobile) and private "
            + "enterprises with a party organization, over the child's whole subtree, as of 31 December of the year",
            description = "The dashboard's comparison and drill-down. formationRate is a fraction 0–1, null without enterprises.")
    List<Breakdown> children(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam int year) {
        return indicators.children(caller, organizationId, year);
    }

    @GetMapping("/api/indicators/definitions")
    @Operation(summary = "Each indicator's key, unit (COUNT, SHARE as a fraction 0–1, FEN), Chinese label and definition")
    List<Definition> definitions() {
        return java.util.Arrays.stream(Indicator.values()).map(i -> new Definition(i.key, i.unit, i.label, i.definition)).toList();
    }

    record Definition(String key, Indicator.Unit unit, String label, String definition) {
    }
}
