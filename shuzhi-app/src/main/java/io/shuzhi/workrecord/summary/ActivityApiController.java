package io.shuzhi.workrecord.summary;

import io.shuzhi.workrecord.ActivitySentences;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Activity summary", description = "The year's work-record figures for a leader or an organization subtree, and report sentences built from them")
class ActivityApiController {

    private final ActivitySubjects subjects;
    private final ActivitySummaries summaries;
    private final ActivitySentences sentences;

    ActivityApiController(ActivitySubjects subjects, ActivitySummaries summaries, ActivitySentences sentences) {
        this.subjects = subjects;
        this.summaries = summaries;
        this.sentences = sentences;
    }

    @GetMapping("/api/activity-summary")
    @Operation(summary = "Figures of a year for an organization subtree (default: the caller's scope), optionally of one leader")
    ActivitySummary summary(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                            @RequestParam int year, @RequestParam(required = false) Long leaderUserId) {
        return summaries.summarize(subjects.filter(caller, organizationId, leaderUserId, year), organizationId);
    }

    @GetMapping("/api/activity-sentences")
    @Operation(summary = "Suggested highlight sentences for the duty report, each with the records its figures came from")
    List<ActivitySentences.Sentence> sentences(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                               @RequestParam int year, @RequestParam(required = false) Long leaderUserId) {
        return sentences.forHighlights(caller, organizationId, leaderUserId, year);
    }
}
