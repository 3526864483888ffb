package io.shuzhi.workrecord;

import io.shuzhi.workrecord.keychallenge.KeyChallengeService;
import io.shuzhi.workrecord.meeting.MeetingService;
import io.shuzhi.workrecord.proxyservice.ProxyServiceLedger;
import io.shuzhi.workrecord.summary.ActivityFilter;
import io.shuzhi.workrecord.summary.ActivitySubjects;
import io.shuzhi.workrecord.summary.SentenceWriter;
import io.shuzhi.workrecord.talk.TalkService;
import io.shuzhi.workrecord.training.TrainingCoverage;
import io.shuzhi.workrecord.training.TrainingService;
import io.shuzhi.workrecord.visit.FieldVisitService;
import io.shuzhi.workrecord.visit.VisitTally;

import io.shuzhi.account.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Sentences for a duty report's highlights, built from the year's records. Public for the report editor: each
 * sentence carries the records its figures came from, so a figure pasted into a report stays linked to its source.
 */
@Service
@Transactional(readOnly = true)
public class ActivitySentences {

    /** One suggested sentence and the records behind its figures. */
    public record Sentence(String text, List<RecordRef> records) {
    }

    private final ActivitySubjects subjects;
    private final FieldVisitService visits;
    private final MeetingService meetings;
    private final KeyChallengeService challenges;
    private final TalkService talks;
    private final TrainingService trainings;
    private final TrainingCoverage coverage;
    private final ProxyServiceLedger proxyServices;

    ActivitySentences(ActivitySubjects subjects, FieldVisitService visits, MeetingService meetings, KeyChallengeService challenges,
                      TalkService talks, TrainingService trainings, TrainingCoverage coverage, ProxyServiceLedger proxyServices) {
        this.subjects = subjects;
        this.visits = visits;
        this.meetings = meetings;
        this.challenges = challenges;
        this.talks = talks;
        this.trainings = trainings;
        this.coverage = coverage;
        this.proxyServices = proxyServices;
    }

    /**
     * For a leader ({@code leaderUserId}), an organization subtree ({@code organizationId}), or a leader within a
     * subtree; one of the two is required. Only records in the caller's scope are used.
     */
    public List<Sentence> forHighlights(Caller caller, Long organizationId, Long leaderUserId, int year) {
        if (organizationId == null && leaderUserId == null) {
            throw new io.shuzhi.shared.InvalidInputException("workrecord.no-subject", "organizationId",
                    "请指定组织或领导 / Give an organization or a leader");
        }
        ActivityFilter filter = subjects.filter(caller, organizationId, leaderUserId, year);
        return SentenceWriter.write(new SentenceWriter.Facts(leaderUserId != null, meetings.list(filter),
                new VisitTally(visits.list(filter), filter.rootPath()), challenges.list(filter), talks.list(filter),
                trainings.list(filter), coverage.coverage(filter), proxyServices.list(filter)));
    }
}
