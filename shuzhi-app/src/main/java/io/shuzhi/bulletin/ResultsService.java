package io.shuzhi.bulletin;

import io.shuzhi.account.Caller;
import io.shuzhi.ballot.BallotService;
import io.shuzhi.ballot.BallotSession;
import io.shuzhi.ballot.GradeCount;
import io.shuzhi.ballot.SeatGroup;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.Reporter;
import io.shuzhi.evaluation.Evaluation;
import io.shuzhi.evaluation.EvaluationScheme;
import io.shuzhi.evaluation.Evaluator;
import io.shuzhi.evaluation.Grade;
import io.shuzhi.evaluation.ReporterTally;
import io.shuzhi.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes results on demand from the stored ballots, routine scores and the campaign's current scheme version:
 * nothing derived is stored, so a result can always be recomputed and checked by hand.
 */
@Service
public class ResultsService {

    private final CampaignService campaigns;
    private final BallotService ballots;

    ResultsService(CampaignService campaigns, BallotService ballots) {
        this.campaigns = campaigns;
        this.ballots = ballots;
    }

    /** Results of the latest released session; 409 until the organization department releases them. */
    public CampaignResults results(Caller caller, long campaignId) {
        Campaign campaign = campaigns.get(caller, campaignId);
        BallotSession session = ballots.releasedSession(campaignId).orElseThrow(() -> new ConflictException("results.not-released",
                "测评结果尚未公布 / Results have not been released"));
        return compute(campaign, session);
    }

    /**
     * What releasing the session would publish, computed exactly as {@link #results} will compute it afterwards, for
     * the host's organization department only (404/403 as for release). Changes nothing and audits nothing (reading
     * results is not audited). 409 for a FORMAL session that is still open.
     */
    @Transactional(readOnly = true)
    public ResultsPreview preview(Caller caller, long sessionId) {
        BallotSession session = ballots.manageable(caller, sessionId);
        session.requirePreviewable();
        boolean shownOnRelease = ballots.releasedSession(session.campaignId()).map(r -> r.id() <= session.id()).orElse(true);
        return new ResultsPreview(session, compute(campaigns.find(session.campaignId()), session), shownOnRelease);
    }

    /** Results of a given session, whatever its state — for the organization department's preview only. */
    public CampaignResults compute(Campaign campaign, BallotSession session) {
        EvaluationScheme scheme = campaigns.scheme(campaign);
        BallotService.SessionCount count = ballots.count(session.id());
        List<Reporter> reporters = campaigns.reporters(campaign.id());
        Map<Long, BigDecimal> routine = campaigns.routineScores(campaign.id());
        Map<Long, Map<String, Map<Grade, Integer>>> counts = new HashMap<>();
        for (GradeCount c : count.gradeCounts()) {
            counts.computeIfAbsent(c.reportId(), k -> new HashMap<>())
                    .computeIfAbsent(c.group(), k -> new EnumMap<>(Grade.class)).merge(c.grade(), c.count(), Integer::sum);
        }
        Map<String, BigDecimal> weights = count.groups().stream().collect(Collectors.toMap(SeatGroup::name, SeatGroup::weight));
        List<ReporterTally> tallies = reporters.stream()
                .map(r -> new ReporterTally(r.reportId(), r.organizationId(), counts.getOrDefault(r.reportId(), Map.of()), routine.get(r.reportId())))
                .toList();
        Map<Long, Reporter> byReport = reporters.stream().collect(Collectors.toMap(Reporter::reportId, Function.identity()));
        List<Evaluation> evaluations = new Evaluator(scheme).evaluate(tallies, weights);
        Map<String, Integer> seatsByGroup = new LinkedHashMap<>();
        count.groups().forEach(g -> seatsByGroup.put(g.name(), g.seats()));
        return new CampaignResults(campaign.id(), session.id(), session.mode(), campaign.schemeVersion(),
                evaluations.stream().map(e -> new CampaignResults.Row(byReport.get(e.reportId()), e)).toList(),
                session.seats(), count.turnout(), count.turnoutByGroup(), seatsByGroup, count.allGoodByGroup(), count.comments());
    }

    /**
     * The results a session would publish, with the session (its status says whether they are released yet).
     * {@code shownOnRelease} is false when a later session of the campaign is already released: the published
     * results stay that later session's.
     */
    public record ResultsPreview(BallotSession session, CampaignResults results, boolean shownOnRelease) {
        public boolean released() {
            return session.status() == io.shuzhi.ballot.BallotSessionStatus.RELEASED;
        }
    }
}
