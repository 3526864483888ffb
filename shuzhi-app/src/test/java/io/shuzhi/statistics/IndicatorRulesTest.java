package io.shuzhi.statistics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorRulesTest {

    @Test
    void ageBandsMeetAtTheirBoundaries() {
        assertThat(AgeBand.of(2025, 1990)).isEqualTo(AgeBand.UP_TO_35);   // 35
        assertThat(AgeBand.of(2025, 1989)).isEqualTo(AgeBand.FROM_36_TO_54);
        assertThat(AgeBand.of(2025, 1971)).isEqualTo(AgeBand.FROM_36_TO_54); // 54
        assertThat(AgeBand.of(2025, 1970)).isEqualTo(AgeBand.FROM_55);
        assertThat(AgeBand.FROM_36_TO_54.firstBirthYear(2025)).isEqualTo(1971);
        assertThat(AgeBand.FROM_36_TO_54.lastBirthYear(2025)).isEqualTo(1989);
        assertThat(AgeBand.FROM_55.lastBirthYear(2025)).isEqualTo(1970);
        assertThatThrownBy(() -> AgeBand.of(2025, 2026)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formationRateCountsOwnAndJointOrganizations() {
        // 随县: 204 enterprises, 106 branches of which 58 joint → 52%
        assertThat(new FormationRate(48, 58, 98).rate()).isEqualByComparingTo("0.5196");
        assertThat(new FormationRate(0, 0, 0).rate()).isNull();
        assertThat(new FormationRate(1, 0, 2).rate()).isEqualByComparingTo("0.3333");
        assertThatThrownBy(() -> new FormationRate(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyIndicatorIsDocumentedInOpenApi() {
        assertThat(Arrays.stream(Indicator.values()).map(i -> "`" + i.key + "`"))
                .allSatisfy(key -> assertThat(IndicatorDocs.DESCRIPTION).contains(key));
    }
}
