package io.shuzhi.workrecord.web;

import io.shuzhi.workrecord.contactpoint.ContactPointService;
import io.shuzhi.workrecord.keychallenge.KeyChallengeService;
import io.shuzhi.workrecord.proxyservice.ProxyServiceLedger;
import io.shuzhi.workrecord.proxyservice.ProxyServiceRows;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;
import io.shuzhi.workrecord.summary.ActivitySubjects;
import io.shuzhi.workrecord.talk.TalkKind;
import io.shuzhi.workrecord.talk.TalkService;
import io.shuzhi.workrecord.training.TrainingRole;
import io.shuzhi.workrecord.training.TrainingService;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Level;
import io.shuzhi.shared.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The drill-down lists behind the summary's other figures, and the proxy-service sheet upload. */
@Controller
class WorkRecordListController {

    private final ActivitySubjects subjects;
    private final ContactPointService contactPoints;
    private final KeyChallengeService challenges;
    private final TalkService talks;
    private final TrainingService trainings;
    private final ProxyServiceLedger proxyServices;
    private static final Set<Level> PLACES = Set.of(Level.VILLAGE, Level.COMMUNITY);
    private static final Set<Level> AREAS = Set.of(Level.PROVINCE, Level.CITY, Level.COUNTY, Level.TOWNSHIP);
    private static final Set<Level> ANY = EnumSet.allOf(Level.class);

    private final Clock clock;
    private final Places places;

    WorkRecordListController(ActivitySubjects subjects, ContactPointService contactPoints, KeyChallengeService challenges,
                             TalkService talks, TrainingService trainings, ProxyServiceLedger proxyServices, Clock clock, Places places) {
        this.places = places;
        this.subjects = subjects;
        this.contactPoints = contactPoints;
        this.challenges = challenges;
        this.talks = talks;
        this.trainings = trainings;
        this.proxyServices = proxyServices;
        this.clock = clock;
    }

    @GetMapping("/work-records/{kind:contact-points|key-challenges|talks|trainings|proxy-services}")
    String list(@AuthenticationPrincipal Caller caller, @PathVariable String kind, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean mine, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        ActivityFilter filter = subjects.filter(caller, organizationId, mine ? caller.id() : null, y);
        List<?> rows = switch (kind) {
            case "contact-points" -> contactPoints.list(filter);
            case "key-challenges" -> challenges.list(filter);
            case "talks" -> talks.list(filter);
            case "trainings" -> trainings.list(filter);
            default -> proxyServices.list(filter);
        };
        model.addAttribute("kind", camel(kind));
        model.addAttribute("choices", places.choices(Places.writeScope(caller), kind.equals("proxy-services") ? PLACES
                : kind.equals("trainings") || kind.equals("key-challenges") ? AREAS : ANY));
        model.addAttribute("talkKinds", TalkKind.values());
        model.addAttribute("roles", TrainingRole.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("lastMonth", java.time.YearMonth.now(clock).minusMonths(1));
        model.addAttribute("rows", rows);
        model.addAttribute("year", y);
        return "workrecord/records";
    }

    @PostMapping("/work-records/proxy-services/import")
    String importProxyServices(@AuthenticationPrincipal Caller caller, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        try {
            int n = proxyServices.importRows(caller, ProxyServiceRows.read(file.getOriginalFilename(), file.getInputStream()));
            redirect.addFlashAttribute("flash", "✓ " + n);
        } catch (DomainException e) {
            List<String> messages = e.fieldProblems().stream().map(DomainException.FieldProblem::message).toList();
            redirect.addFlashAttribute("formErrors", messages.isEmpty() ? List.of(e.getMessage()) : messages);
        } catch (IOException e) {
            redirect.addFlashAttribute("formErrors", List.of("无法读取文件，请上传 .csv 或 .xlsx / Unreadable file"));
        }
        return "redirect:/work-records/proxy-services";
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : kebab.toCharArray()) {
            if (ch == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
