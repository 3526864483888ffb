package io.shuzhi.workrecord.web;

import io.shuzhi.workrecord.contactpoint.ContactPoint;
import io.shuzhi.workrecord.contactpoint.ContactPointService;
import io.shuzhi.workrecord.keychallenge.KeyChallengeService;
import io.shuzhi.workrecord.proxyservice.ProxyServiceLedger;
import io.shuzhi.workrecord.talk.TalkKind;
import io.shuzhi.workrecord.talk.TalkService;
import io.shuzhi.workrecord.training.TrainingRole;
import io.shuzhi.workrecord.training.TrainingService;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one-line forms on the drill-down pages (contact point, key challenge and its steps, talk, training, monthly
 * proxy-service count). Each is a plain POST → redirect; a refused entry comes back as a message above the form.
 */
@Controller
class RecordFormsController {

    private final ContactPointService contactPoints;
    private final KeyChallengeService challenges;
    private final TalkService talks;
    private final TrainingService trainings;
    private final ProxyServiceLedger proxyServices;
    private final MessageSource messages;

    RecordFormsController(ContactPointService contactPoints, KeyChallengeService challenges, TalkService talks,
                          TrainingService trainings, ProxyServiceLedger proxyServices, MessageSource messages) {
        this.messages = messages;
        this.contactPoints = contactPoints;
        this.challenges = challenges;
        this.talks = talks;
        this.trainings = trainings;
        this.proxyServices = proxyServices;
    }

    @PostMapping("/work-records/contact-points")
    String contactPoint(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                        @RequestParam(defaultValue = "CONTACT_POINT") ContactPoint.Kind kind, RedirectAttributes redirect) {
        return attempt("contact-points", redirect, () -> contactPoints.assign(caller, organizationId, null, kind, null, null));
    }

    @PostMapping("/work-records/key-challenges")
    String keyChallenge(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam String title,
                        RedirectAttributes redirect) {
        return attempt("key-challenges", redirect, () -> challenges.select(caller, organizationId, null, null, title));
    }

    @PostMapping("/work-records/key-challenges/{id}/analyse")
    String analyse(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String analysis, RedirectAttributes redirect) {
        return attempt("key-challenges", redirect, () -> challenges.analyse(caller, id, analysis));
    }

    @PostMapping("/work-records/key-challenges/{id}/solve")
    String solve(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String outcome,
                 @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
        return attempt("key-challenges", redirect, () -> challenges.solve(caller, id, outcome, evidence));
    }

    @PostMapping("/work-records/talks")
    String talk(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam String counterpartName,
                @RequestParam TalkKind kind, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                RedirectAttributes redirect) {
        return attempt("talks", redirect, () -> talks.record(caller, organizationId, null, counterpartName, kind, date, null));
    }

    /** Headcounts come as one field per role ({@code count_VILLAGE_PRINCIPAL=30}); empty fields are roles not trained. */
    @PostMapping("/work-records/trainings")
    String training(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam String title,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                    @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        Map<TrainingRole, Integer> participants = new EnumMap<>(TrainingRole.class);
        for (TrainingRole role : TrainingRole.values()) {
            String value = fields.getOrDefault("count_" + role.name(), "").strip();
            if (!value.isEmpty() && value.matches("\\d{1,6}") && Integer.parseInt(value) > 0) {
                participants.put(role, Integer.parseInt(value));
            }
        }
        return attempt("trainings", redirect, () -> trainings.record(caller, organizationId, title, startDate, null, participants));
    }

    @PostMapping("/work-records/proxy-services")
    String proxyService(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam String month,
                        @RequestParam int count, RedirectAttributes redirect) {
        return attempt("proxy-services", redirect, () -> {
            if (count < 0 || !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                throw new io.shuzhi.shared.InvalidInputException("proxy-service.bad-entry", "month", "月份应为 yyyy-MM，件数不能为负 / Month yyyy-MM, count ≥ 0");
            }
            return proxyServices.record(caller, organizationId, YearMonth.parse(month), count);
        });
    }

    private String attempt(String list, RedirectAttributes redirect, Supplier<Object> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", messages.getMessage("workrecord.saved", null, LocaleContextHolder.getLocale()));
        } catch (DomainException e) {
            List<String> messages = e.fieldProblems().stream().map(DomainException.FieldProblem::message).toList();
            redirect.addFlashAttribute("formErrors", messages.isEmpty() ? List.of(e.getMessage()) : messages);
        }
        return "redirect:/work-records/" + list;
    }
}
