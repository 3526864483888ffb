package io.shuzhi.bench.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotPlanTest {

    @Test
    void everyTokenVotesOnceBeforeAnyVotesAgain() {
        BallotPlan plan = new BallotPlan(1000, 0.05, 42);

        Set<Integer> firstPass = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            firstPass.add(plan.tokenAt(i));
        }
        assertThat(firstPass).hasSize(1000);
        assertThat(plan.tokenAt(1000 + 17)).isEqualTo(plan.tokenAt(17));
    }

    @Test
    void orderIsShuffledButDeterministic() {
        BallotPlan a = new BallotPlan(100, 0, 7);
        BallotPlan b = new BallotPlan(100, 0, 7);

        boolean identity = true;
        for (int i = 0; i < 100; i++) {
            assertThat(a.tokenAt(i)).isEqualTo(b.tokenAt(i));
            identity &= a.tokenAt(i) == i;
        }
        assertThat(identity).isFalse();
    }

    @Test
    void theRequestedShareOfStepsAreConcurrentDuplicates() {
        BallotPlan plan = new BallotPlan(500, 0.05, 1);

        long duplicates = 0;
        for (int i = 0; i < 10_000; i++) {
            duplicates += plan.copiesAt(i) == 2 ? 1 : 0;
        }
        assertThat(duplicates).isEqualTo(500);
        assertThat(new BallotPlan(500, 0, 1).copiesAt(19)).isEqualTo(1);
    }

    @Test
    void gradesAreFixedPerTokenAndReportAndMostlyGood() {
        int[] counts = new int[4];
        for (int t = 0; t < 10_000; t++) {
            for (int r = 0; r < 10; r++) {
                int g = BallotPlan.gradeOf(t, r);
                assertThat(BallotPlan.gradeOf(t, r)).isEqualTo(g);
                counts[g]++;
            }
        }
        assertThat(counts[0]).isBetween(68_000, 72_000);
        assertThat(counts[3]).isBetween(2_000, 4_000);
    }

    @Test
    void ballotJsonRatesEveryReport() {
        String json = BallotPlan.ballotJson("ABCD", 3, List.of(11L, 12L));

        assertThat(json).startsWith("{\"token\":\"ABCD\",\"ratings\":[{\"reportId\":11,\"grade\":\"")
                .contains("{\"reportId\":12,\"grade\":\"").endsWith("\"}]}");
        assertThat(json).contains("\"grade\":\"" + BallotPlan.GRADES[BallotPlan.gradeOf(3, 0)] + "\"},");
    }

    @Test
    void openLoopScheduleIsEvenlySpaced() {
        assertThat(OpenLoop.steps(1000, Duration.ofSeconds(60))).isEqualTo(60_000);
        assertThat(OpenLoop.dueAt(0, 1000)).isZero();
        assertThat(OpenLoop.dueAt(1000, 1000)).isEqualTo(1_000_000_000L);
        assertThat(OpenLoop.dueAt(3, 400)).isEqualTo(7_500_000L);
    }

    @Test
    void onlyLoopbackServersAreDriven() throws Exception {
        BallotLoad.requireLocalhost(java.net.URI.create("http://localhost:18170"));
        BallotLoad.requireLocalhost(java.net.URI.create("http://127.0.0.1:18170"));
        assertThatThrownBy(() -> BallotLoad.requireLocalhost(java.net.URI.create("http://192.0.2.1:80/")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsAreBounded() {
        assertThat(BallotLoad.Config.parse(new String[] {"--rate=500", "--duration=10"}).rate()).isEqualTo(500);
        assertThatThrownBy(() -> BallotLoad.Config.parse(new String[] {"--duration=3600"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallotLoad.Config.parse(new String[] {"rate"})).isInstanceOf(IllegalArgumentException.class);
    }
}
