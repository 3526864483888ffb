package io.shuzhi.followup;

import io.shuzhi.campaign.PriorYearContext;
import io.shuzhi.commitment.CommitmentOutcome;
import io.shuzhi.commitment.CommitmentService;
import io.shuzhi.rectification.ProblemOutcome;
import io.shuzhi.rectification.ProblemService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Beside a report in the editor: the organization's commitments and problems of the year before, and how they stand. */
@Component
class PriorYearFollowUp implements PriorYearContext {

    private final CommitmentService commitments;
    private final ProblemService problems;
    private final MessageSource messages;

    PriorYearFollowUp(CommitmentService commitments, ProblemService problems, MessageSource messages) {
        this.commitments = commitments;
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    public List<Entry> entriesFor(long organizationId, int year) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Entry> entries = new ArrayList<>();
        for (CommitmentOutcome c : commitments.outcomesFor(organizationId, year)) {
            entries.add(new Entry(text("prior.kind.COMMITMENT", locale), c.text(),
                    text("commitment.status." + c.status().name(), locale)));
        }
        for (ProblemOutcome p : problems.statusFor(organizationId, year)) {
            String status = text("problem.status." + p.status().name(), locale);
            entries.add(new Entry(text("prior.kind.PROBLEM", locale), p.description(),
                    p.overdue() ? messages.getMessage("prior.overdue", new Object[] {status}, locale) : status));
        }
        return entries;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
