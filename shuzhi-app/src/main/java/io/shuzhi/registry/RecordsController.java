package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Organization;
import io.shuzhi.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records behind a dashboard figure, read-only: enterprises, cadres, funding, service centres, first
 * secretaries, honorary posts and recruitment of a subtree. Columns come from the record components, so a
 * field added to a record shows up here without another template.
 */
@Controller
class RecordsController {

    private final RegistryAccess access;
    private final EnterpriseService enterprises;
    private final VillageCadreService cadres;
    private final FundingService funding;
    private final ServiceCenterService centers;
    private final VillageLeadershipService leadership;
    private final RecruitmentService recruitment;
    private final Clock clock;

    RecordsController(RegistryAccess access, EnterpriseService enterprises, VillageCadreService cadres, FundingService funding,
                      ServiceCenterService centers, VillageLeadershipService leadership, RecruitmentService recruitment, Clock clock) {
        this.access = access;
        this.enterprises = enterprises;
        this.cadres = cadres;
        this.funding = funding;
        this.centers = centers;
        this.leadership = leadership;
        this.recruitment = recruitment;
        this.clock = clock;
    }

    @GetMapping("/registry/records")
    String records(@AuthenticationPrincipal Caller caller, @RequestParam String type, @RequestParam long organizationId,
                   @RequestParam(required = false) Integer year, Model model) {
        Organization org = access.readable(caller, organizationId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<? extends Record> rows = switch (type) {
            case "enterprises" -> enterprises.list(caller, organizationId);
            case "cadres" -> cadres.list(caller, organizationId);
            case "funding" -> funding.list(caller, organizationId, y);
            case "service-centers" -> centers.list(caller, organizationId);
            case "first-secretaries" -> leadership.firstSecretaries(caller, organizationId);
            case "honorary-posts" -> leadership.honoraryPosts(caller, organizationId);
            case "recruitment" -> recruitment.list(caller, organizationId).stream().map(RecruitmentRow::of).toList();
            default -> throw new NotFoundException("Records", type);
        };
        model.addAttribute("org", org);
        model.addAttribute("type", type);
        model.addAttribute("exchangeable", RecordExchangeController.EXCHANGEABLE.contains(type));
        model.addAttribute("year", y);
        model.addAttribute("columns", rows.isEmpty() ? List.of() : Arrays.stream(rows.get(0).getClass().getRecordComponents()).map(RecordComponent::getName).toList());
        model.addAttribute("rows", rows.stream().map(RecordsController::cells).toList());
        return "registry/records";
    }

    private static List<Object> cells(Record r) {
        List<Object> cells = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                cells.add(c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return cells;
    }

    /** A recruitment record flattened with its violations, for the table. */
    record RecruitmentRow(long id, String name, LocalDate birthDate, Recruitment.Stage stage, LocalDate appliedOn,
                          LocalDate activistOn, LocalDate candidateOn, LocalDate probationaryOn, LocalDate fullOn,
                          List<RecruitmentRules.Violation> violations) {
        static RecruitmentRow of(RecruitmentService.Flagged f) {
            Recruitment r = f.recruitment();
            return new RecruitmentRow(r.id(), r.name(), r.birthDate(), r.stage(), r.appliedOn(), r.activistOn(), r.candidateOn(),
                    r.probationaryOn(), r.fullOn(), f.violations());
        }
    }
}
