package io.shuzhi.weakorg;

import io.shuzhi.organization.Level;
import io.shuzhi.organization.Sector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BottomRankingTest {

    static final Map<BottomRanking.Group, BigDecimal> SHARES = Map.of(BottomRanking.Group.of(Level.VILLAGE), new BigDecimal("0.10"),
            BottomRanking.Group.of(Level.COMMUNITY), new BigDecimal("0.05"));
    static final Map<String, BigDecimal> WEIGHTS = Map.of("PROBLEMS", new BigDecimal("0.4"), "FULFILMENT", new BigDecimal("0.3"),
            "MANUAL_SCORE", new BigDecimal("0.3"));

    @Test
    void quotaIsTheCeilingOfShareTimesTotal() {
        assertThat(BottomRanking.quota(new BigDecimal("0.10"), 40)).isEqualTo(4);
        assertThat(BottomRanking.quota(new BigDecimal("0.10"), 41)).isEqualTo(5); // 4.1 → 5: "at least 10%"
        assertThat(BottomRanking.quota(new BigDecimal("0.05"), 20)).isEqualTo(1);
        assertThat(BottomRanking.quota(new BigDecimal("0.05"), 0)).isZero();
    }

    @Test
    void compositeIsTheWeightedMeanOfTheIndicatorsWithData() {
        // (0.4 × 80 + 0.3 × 50) / 0.7 = 47 / 0.7 = 67.14
        assertThat(BottomRanking.composite(Map.of("PROBLEMS", BigDecimal.valueOf(80), "FULFILMENT", BigDecimal.valueOf(50)), WEIGHTS))
                .isEqualByComparingTo("67.14");
        assertThat(BottomRanking.composite(Map.of(), WEIGHTS)).isEqualByComparingTo("100");
        assertThat(BottomRanking.composite(Map.of("UNKNOWN", BigDecimal.ONE), WEIGHTS)).isEqualByComparingTo("100");
    }

    @Test
    void theLowestOfEachLevelAreProposedUpToTheQuota() {
        List<BottomRanking.Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            candidates.add(new BottomRanking.Candidate(i, "村" + i, Level.VILLAGE, Map.of("PROBLEMS", BigDecimal.valueOf(100 - (i % 7)))));
        }
        for (int i = 41; i <= 60; i++) {
            candidates.add(new BottomRanking.Candidate(i, "社区" + i, Level.COMMUNITY, Map.of("MANUAL_SCORE", BigDecimal.valueOf(i))));
        }
        candidates.add(new BottomRanking.Candidate(99, "镇", Level.TOWNSHIP, Map.of()));
        BottomRanking ranking = BottomRanking.of(candidates, WEIGHTS, SHARES);

        assertThat(ranking.quotas()).containsExactly(new BottomRanking.Quota(Level.VILLAGE, 40, 4), new BottomRanking.Quota(Level.COMMUNITY, 20, 1));
        assertThat(ranking.organizations()).hasSize(60); // the township has no quota, so is no candidate
        List<BottomRanking.Ranked> proposed = ranking.organizations().stream().filter(BottomRanking.Ranked::proposed).toList();
        // villages with i % 7 == 6 score 94, the lowest: i = 6, 13, 20, 27 (34 is the fifth)
        assertThat(proposed.stream().map(BottomRanking.Ranked::organizationId)).containsExactly(6L, 13L, 20L, 27L, 41L);
    }

    @Test
    void enterprisesAndSocialOrganizationsHaveTheirOwnQuotasBesideTheLevelsQuota() {
        Map<BottomRanking.Group, BigDecimal> shares = Map.of(
                BottomRanking.Group.of(Level.UNIT), new BigDecimal("0.05"),
                new BottomRanking.Group(Level.UNIT, Sector.PRIVATE_ENTERPRISE), new BigDecimal("0.05"),
                new BottomRanking.Group(Level.UNIT, Sector.SOCIAL_ORGANIZATION), new BigDecimal("0.10"));
        List<BottomRanking.Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= 30; i++) { // 30 private enterprises: ceil(1.5) = 2
            candidates.add(new BottomRanking.Candidate(i, "企业" + i, Level.UNIT, Sector.PRIVATE_ENTERPRISE, Map.of("MANUAL_SCORE", BigDecimal.valueOf(50 + i))));
        }
        for (int i = 31; i <= 40; i++) { // 10 social organizations at 10%: 1
            candidates.add(new BottomRanking.Candidate(i, "社会组织" + i, Level.UNIT, Sector.SOCIAL_ORGANIZATION, Map.of("MANUAL_SCORE", BigDecimal.valueOf(i))));
        }
        // a state enterprise has no sector row: it counts against the level's own quota (1 of 1)
        candidates.add(new BottomRanking.Candidate(41, "国企", Level.UNIT, Sector.STATE_ENTERPRISE, Map.of("MANUAL_SCORE", BigDecimal.valueOf(99))));
        BottomRanking ranking = BottomRanking.of(candidates, WEIGHTS, shares);

        assertThat(ranking.quotas()).containsExactly(
                new BottomRanking.Quota(Level.UNIT, null, 1, 1),
                new BottomRanking.Quota(Level.UNIT, Sector.PRIVATE_ENTERPRISE, 30, 2),
                new BottomRanking.Quota(Level.UNIT, Sector.SOCIAL_ORGANIZATION, 10, 1));
        assertThat(ranking.organizations().stream().filter(BottomRanking.Ranked::proposed).map(BottomRanking.Ranked::organizationId))
                .containsExactly(41L, 1L, 2L, 31L);
    }

    @Test
    void aSectorWithoutItsOwnRowAndALevelWithoutQuotaIsNoCandidate() {
        Map<BottomRanking.Group, BigDecimal> shares = Map.of(new BottomRanking.Group(Level.UNIT, Sector.AGENCY), new BigDecimal("0.05"));
        BottomRanking ranking = BottomRanking.of(List.of(
                new BottomRanking.Candidate(1, "机关", Level.UNIT, Sector.AGENCY, Map.of()),
                new BottomRanking.Candidate(2, "事业单位", Level.UNIT, Sector.PUBLIC_INSTITUTION, Map.of())), WEIGHTS, shares);
        assertThat(ranking.quotas()).containsExactly(new BottomRanking.Quota(Level.UNIT, Sector.AGENCY, 1, 1));
        assertThat(ranking.organizations()).extracting(BottomRanking.Ranked::organizationId).containsExactly(1L);
    }
}
