package io.shuzhi.bulletin;

import io.shuzhi.ballot.BallotMode;
import io.shuzhi.campaign.Reporter;
import io.shuzhi.evaluation.Evaluation;

import java.util.List;
import java.util.Map;

/**
 * The results of a campaign from one released ballot session, with the scheme version they were computed with and
 * the statistics that expose inflated voting.
 */
public record CampaignResults(long campaignId, long sessionId, BallotMode mode, int schemeVersion, List<Row> rows,
                              int seats, int turnout, Map<String, Integer> turnoutByGroup, Map<String, Integer> seatsByGroup,
                              Map<String, Integer> allGoodBallotsByGroup, List<String> comments) {

    public record Row(Reporter reporter, Evaluation evaluation) {
    }
}
