package io.shuzhi.workrecord.web;

import io.shuzhi.workrecord.ActivitySentences;
import io.shuzhi.workrecord.meeting.Meeting;
import io.shuzhi.workrecord.meeting.MeetingForm;
import io.shuzhi.workrecord.meeting.MeetingKind;
import io.shuzhi.workrecord.meeting.MeetingService;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;
import io.shuzhi.workrecord.summary.ActivitySubjects;
import io.shuzhi.workrecord.summary.ActivitySummaries;
import io.shuzhi.workrecord.visit.FieldVisit;
import io.shuzhi.workrecord.visit.FieldVisitService;
import io.shuzhi.workrecord.visit.Purpose;
import io.shuzhi.workrecord.visit.VisitForm;
import io.shuzhi.workrecord.visit.VisitProblems;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Level;
import io.shuzhi.shared.DomainException;
import io.shuzhi.shared.web.NavItem;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The work-record pages: the activity summary (figures linking to their records, sentences to copy) and the two
 * records entered most often, visits and meetings, each one short form on top of its list. POST → redirect → GET.
 */
@Controller
class WorkRecordController {

    private static final Set<Level> AREAS = Set.of(Level.PROVINCE, Level.CITY, Level.COUNTY, Level.TOWNSHIP);
    private static final Set<Level> VISITABLE = Set.of(Level.TOWNSHIP, Level.VILLAGE, Level.COMMUNITY, Level.UNIT);

    private final ActivitySubjects subjects;
    private final ActivitySummaries summaries;
    private final ActivitySentences sentences;
    private final FieldVisitService visits;
    private final VisitProblems visitProblems;
    private final MeetingService meetings;
    private final Places places;
    private final Clock clock;
    private final MessageSource messages;

    WorkRecordController(ActivitySubjects subjects, ActivitySummaries summaries, ActivitySentences sentences,
                         FieldVisitService visits, VisitProblems visitProblems, MeetingService meetings, Places places, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.subjects = subjects;
        this.summaries = summaries;
        this.sentences = sentences;
        this.visits = visits;
        this.visitProblems = visitProblems;
        this.meetings = meetings;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/work-records")
    String summary(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                   @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean mine, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Long leader = mine ? caller.id() : null;
        ActivityFilter filter = subjects.filter(caller, organizationId, leader, y);
        model.addAttribute("summary", summaries.summarize(filter, organizationId));
        model.addAttribute("sentences", organizationId == null && leader == null ? java.util.List.of()
                : sentences.forHighlights(caller, organizationId, leader, y));
        model.addAttribute("areas", places.choices(caller.scope(), AREAS));
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("year", y);
        model.addAttribute("mine", mine);
        return "workrecord/summary";
    }

    @GetMapping("/work-records/visits")
    String visits(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                  @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean mine,
                  @RequestParam(required = false) Purpose purpose, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        ActivityFilter filter = subjects.filter(caller, organizationId, mine ? caller.id() : null, y);
        model.addAttribute("visits", visits.list(filter).stream().filter(v -> purpose == null || v.purpose() == purpose).toList());
        if (!model.containsAttribute("form")) {
            VisitForm form = new VisitForm();
            form.date = LocalDate.now(clock);
            model.addAttribute("form", form);
        }
        model.addAttribute("choices", places.choices(Places.writeScope(caller), VISITABLE));
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("year", y);
        return "workrecord/visits";
    }

    @PostMapping("/work-records/visits")
    String recordVisit(@AuthenticationPrincipal Caller caller, @Valid @ModelAttribute("form") VisitForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                FieldVisit v = visits.record(caller, form.toNew());
                redirect.addFlashAttribute("flash", message("workrecord.visit.saved", v.date(), v.places().size()));
                return "redirect:/work-records/visits?mine=true";
            } catch (DomainException e) {
                errors.reject(e.code(), e.getMessage());
            }
        }
        return visits(caller, null, null, true, null, model);
    }

    /** One finding of a visit onto the problem list (列入问题清单); errors come back as the flash message. */
    @PostMapping("/work-records/visits/{id}/findings/raise")
    String raiseFinding(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int item,
                        @RequestParam(required = false) Long organizationId, RedirectAttributes redirect) {
        try {
            VisitProblems.Raised raised = visitProblems.raise(caller, id, organizationId, List.of(item));
            redirect.addFlashAttribute("flash", raised.created() > 0 ? message("workrecord.visit.raised", raised.created())
                    : message("workrecord.visit.already-raised", raised.numbers()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/work-records/visits";
    }

    @GetMapping("/work-records/meetings")
    String meetings(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                    @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean mine, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("meetings", meetings.list(subjects.filter(caller, organizationId, mine ? caller.id() : null, y)));
        if (!model.containsAttribute("form")) {
            MeetingForm form = new MeetingForm();
            form.date = LocalDate.now(clock);
            model.addAttribute("form", form);
        }
        model.addAttribute("choices", places.choices(Places.writeScope(caller), AREAS));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("year", y);
        return "workrecord/meetings";
    }

    @PostMapping("/work-records/meetings")
    String recordMeeting(@AuthenticationPrincipal Caller caller, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Meeting m = meetings.record(caller, form.toNew());
                redirect.addFlashAttribute("flash", message("workrecord.meeting.saved", m.date(), m.organizationName()));
                return "redirect:/work-records/meetings?mine=true";
            } catch (DomainException e) {
                errors.reject(e.code(), e.getMessage());
            }
        }
        return meetings(caller, null, null, true, model);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem workRecordsNav() {
            return new NavItem("nav.workrecord", "/work-records", 40, Set.of());
        }
    }
}
