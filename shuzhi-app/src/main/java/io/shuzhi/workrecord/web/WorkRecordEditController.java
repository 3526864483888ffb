package io.shuzhi.workrecord.web;

import io.shuzhi.workrecord.meeting.Meeting;
import io.shuzhi.workrecord.meeting.MeetingForm;
import io.shuzhi.workrecord.meeting.MeetingKind;
import io.shuzhi.workrecord.meeting.MeetingService;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.visit.FieldVisit;
import io.shuzhi.workrecord.visit.FieldVisitService;
import io.shuzhi.workrecord.visit.Purpose;
import io.shuzhi.workrecord.visit.VisitForm;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Level;
import io.shuzhi.shared.DomainException;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Correcting and removing a visit or a meeting from the pages, through the same services as the JSON API (same
 * validation, scope checks and audit). Each record has an edit page and a delete-confirmation page; a save or a
 * delete redirects to the list with a message, a refusal shows the form again with the user's input.
 */
@Controller
class WorkRecordEditController {

    private static final Set<Level> AREAS = Set.of(Level.PROVINCE, Level.CITY, Level.COUNTY, Level.TOWNSHIP);
    private static final Set<Level> VISITABLE = Set.of(Level.TOWNSHIP, Level.VILLAGE, Level.COMMUNITY, Level.UNIT);

    private final FieldVisitService visits;
    private final MeetingService meetings;
    private final Places places;
    private final MessageSource messages;

    WorkRecordEditController(FieldVisitService visits, MeetingService meetings, Places places, MessageSource messages) {
        this.visits = visits;
        this.meetings = meetings;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/work-records/visits/{id}/edit")
    String editVisit(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        FieldVisit visit = visits.get(caller, id);
        return visitForm(caller, visit, VisitForm.of(visit), model);
    }

    @PostMapping("/work-records/visits/{id}/edit")
    String reviseVisit(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @ModelAttribute("form") VisitForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        FieldVisit before = visits.get(caller, id);
        if (!errors.hasErrors()) {
            try {
                FieldVisit after = visits.revise(caller, id, form.toRevision(before));
                redirect.addFlashAttribute("flash", message("workrecord.saved"));
                return "redirect:/work-records/visits?year=" + after.date().getYear();
            } catch (DomainException e) {
                errors.reject(e.code(), e.getMessage());
            }
        }
        return visitForm(caller, before, form, model);
    }

    @GetMapping("/work-records/visits/{id}/delete")
    String confirmVisitDelete(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("visit", visits.get(caller, id));
        return "workrecord/visit-delete";
    }

    @PostMapping("/work-records/visits/{id}/delete")
    String deleteVisit(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        FieldVisit visit = visits.get(caller, id);
        try {
            visits.delete(caller, id);
            redirect.addFlashAttribute("flash", message("workrecord.deleted"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", message("workrecord.delete.refused", e.getMessage()));
        }
        return "redirect:/work-records/visits?year=" + visit.date().getYear();
    }

    @GetMapping("/work-records/meetings/{id}/edit")
    String editMeeting(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Meeting meeting = meetings.get(caller, id);
        return meetingForm(caller, meeting, MeetingForm.of(meeting), model);
    }

    @PostMapping("/work-records/meetings/{id}/edit")
    String reviseMeeting(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        Meeting before = meetings.get(caller, id);
        if (!errors.hasErrors()) {
            try {
                Meeting after = meetings.revise(caller, id, form.toRevision(before));
                redirect.addFlashAttribute("flash", message("workrecord.saved"));
                return "redirect:/work-records/meetings?year=" + after.date().getYear();
            } catch (DomainException e) {
                errors.reject(e.code(), e.getMessage());
            }
        }
        return meetingForm(caller, before, form, model);
    }

    @GetMapping("/work-records/meetings/{id}/delete")
    String confirmMeetingDelete(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.get(caller, id));
        return "workrecord/meeting-delete";
    }

    @PostMapping("/work-records/meetings/{id}/delete")
    String deleteMeeting(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(caller, id);
        try {
            meetings.delete(caller, id);
            redirect.addFlashAttribute("flash", message("workrecord.deleted"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", message("workrecord.delete.refused", e.getMessage()));
        }
        return "redirect:/work-records/meetings?year=" + meeting.date().getYear();
    }

    private String visitForm(Caller caller, FieldVisit visit, VisitForm form, Model model) {
        model.addAttribute("visit", visit);
        model.addAttribute("form", form);
        model.addAttribute("choices", withCurrent(places.choices(Places.writeScope(caller), VISITABLE), visit.places()));
        model.addAttribute("purposes", Purpose.values());
        return "workrecord/visit-edit";
    }

    private String meetingForm(Caller caller, Meeting meeting, MeetingForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        List<Place> current = places.find(io.shuzhi.account.Scope.ALL, List.of(meeting.organizationId()));
        model.addAttribute("choices", withCurrent(places.choices(Places.writeScope(caller), AREAS), current));
        model.addAttribute("kinds", MeetingKind.values());
        return "workrecord/meeting-edit";
    }

    /** The choices of the entry form, plus the record's own places should they not be among them (entered via the API). */
    private static List<Place> withCurrent(List<Place> choices, Collection<Place> current) {
        List<Place> all = new ArrayList<>(choices);
        current.stream().filter(p -> all.stream().noneMatch(c -> c.id() == p.id())).forEach(all::add);
        return all;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
