package io.shuzhi.review;

import io.shuzhi.review.OrganizationNameMatcher.Candidate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationNameMatcherTest {

    @Test
    void committeeNamesReduceToThePlace() {
        assertThat(OrganizationNameMatcher.place("中共随县县委")).isEqualTo("随县");
        assertThat(OrganizationNameMatcher.place("随县")).isEqualTo("随县");
        assertThat(OrganizationNameMatcher.place("中共广水市委")).isEqualTo("广水");
        assertThat(OrganizationNameMatcher.place("广水市")).isEqualTo("广水");
        assertThat(OrganizationNameMatcher.place("中共曾都区委员会")).isEqualTo("曾都");
        assertThat(OrganizationNameMatcher.place("某某镇党委")).isEqualTo("某某镇");
    }

    @Test
    void exactPlaceScoresOneAndAPartialOneLess() {
        assertThat(OrganizationNameMatcher.score("中共随县县委", "随县")).isEqualTo(1.0);
        assertThat(OrganizationNameMatcher.score("中共曾都区委", "随州市曾都区委")).isBetween(0.5, 0.9);
        assertThat(OrganizationNameMatcher.score("中共随县县委", "广水市")).isZero();
    }

    @Test
    void eachOrganizationIsGivenToOneReportOnly() {
        List<OrganizationNameMatcher.Match> m = OrganizationNameMatcher.assign(
                List.of("中共随县县委", "中共广水市委", "中共曾都区委", "中共随县县委"),
                List.of(new Candidate(1, "随县"), new Candidate(2, "广水市"), new Candidate(3, "随州市曾都区")));
        assertThat(m).extracting(OrganizationNameMatcher.Match::organizationId).containsExactly(1L, 2L, 3L, null);
        assertThat(m.get(0).confidence()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(m.get(0).doubtful()).isFalse();
        assertThat(m.get(2).doubtful()).isTrue();
        assertThat(m.get(3).doubtful()).isTrue();
    }
}
