package io.shuzhi.workrecord.training;

import io.shuzhi.workrecord.summary.ActivitySummary;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingCoverageTest {

    @Test
    void trainingCoverageNeverExceedsThePopulation() {
        var coverage = TrainingCoverage.combine(Map.of(TrainingRole.VILLAGE_PRINCIPAL, 150, TrainingRole.MEMBER, 500),
                Map.of(TrainingRole.VILLAGE_PRINCIPAL, 100, TrainingRole.VILLAGE_DEPUTY, 100));

        assertThat(coverage.trained()).isEqualTo(100);
        assertThat(coverage.total()).isEqualTo(200);
        assertThat(coverage.percent()).isEqualTo(50);
        assertThat(new ActivitySummary.Coverage(0, 0).percent()).isNull();
    }

    @Test
    void rolesWithoutAPopulationAreLeftOut() {
        var coverage = TrainingCoverage.combine(Map.of(TrainingRole.MEMBER, 500), Map.of());

        assertThat(coverage.trained()).isZero();
        assertThat(coverage.total()).isZero();
    }
}
