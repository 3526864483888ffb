package io.shuzhi.rectification;

import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemRulesTest {

    static final Instant NOW = Instant.parse("2015-03-01T02:00:00Z");

    static Problem problem(ProblemStatus status, LocalDate due) {
        return new Problem(1, 9, "SX-2015-001", 2015, ProblemSource.CRITIQUE, null, "三会一课不规范", null, Severity.MEDIUM,
                "张三", "措施", "标准", due, status, NOW, NOW, null, null, null);
    }

    @Test
    void statesMoveOnlyAlongTheDocumentedPaths() {
        assertThat(ProblemStatus.OPEN.next()).containsExactly(ProblemStatus.IN_PROGRESS);
        assertThat(ProblemStatus.CLOSE_REQUESTED.next()).containsExactlyInAnyOrder(ProblemStatus.CLOSED, ProblemStatus.RETURNED);
        assertThat(ProblemStatus.CLOSED.next()).containsExactly(ProblemStatus.REOPENED);
        assertThat(ProblemStatus.RETURNED.next()).containsExactlyInAnyOrder(ProblemStatus.IN_PROGRESS, ProblemStatus.CLOSE_REQUESTED);
        assertThat(ProblemStatus.REOPENED.next()).containsExactlyInAnyOrder(ProblemStatus.IN_PROGRESS, ProblemStatus.CLOSE_REQUESTED);
        assertThatThrownBy(() -> problem(ProblemStatus.OPEN, LocalDate.of(2015, 6, 30)).requestClose(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void closeOutNeedsTheLevelAboveThenEvidenceThenAReason() {
        Problem requested = problem(ProblemStatus.CLOSE_REQUESTED, LocalDate.of(2015, 6, 30));
        assertThatThrownBy(() -> requested.closeOut(1, new Problem.Approval("own", false, "ok"), NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> requested.closeOut(0, new Problem.Approval("above", true, "ok"), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> requested.closeOut(1, new Problem.Approval("above", true, " "), NOW)).isInstanceOf(InvalidInputException.class);
        Problem closed = requested.closeOut(1, new Problem.Approval("above", true, "核查属实"), NOW);
        assertThat(closed.status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("above");
        assertThat(closed.overdue(LocalDate.of(2016, 1, 1))).isFalse();
    }

    @Test
    void overdueAndStaleAreComputedFromDates() {
        Problem p = problem(ProblemStatus.IN_PROGRESS, LocalDate.of(2015, 3, 10));
        assertThat(p.overdue(LocalDate.of(2015, 3, 10))).isFalse(); // the due date itself is still in time
        assertThat(p.overdueDays(LocalDate.of(2015, 4, 11))).isEqualTo(32);
        assertThat(p.stale(NOW.plusSeconds(29L * 86400), 30)).isFalse();
        assertThat(p.stale(NOW.plusSeconds(31L * 86400), 30)).isTrue();
    }

    @Test
    void numberIsCodeYearAndThreeDigitSequence() {
        assertThat(new ProblemNumber("随县", 2015, 7)).hasToString("随县-2015-007");
        assertThat(new ProblemNumber("SX", 2015, 1234)).hasToString("SX-2015-1234");
    }

    @Test
    void levelAboveIsAGrantOnAStrictAncestor() {
        String path = "/1/5/9/";
        assertThat(ApprovalRule.isLevelAbove(List.of(new Grant(Role.ORGANIZATION_DEPARTMENT, 5L)), path)).isTrue();
        assertThat(ApprovalRule.isLevelAbove(List.of(new Grant(Role.SECRETARY, 1L)), path)).isTrue();
        assertThat(ApprovalRule.isLevelAbove(List.of(new Grant(Role.ADMIN, null)), path)).isTrue();
        assertThat(ApprovalRule.isLevelAbove(List.of(new Grant(Role.ORGANIZATION_DEPARTMENT, 9L)), path)).isFalse(); // own level
        assertThat(ApprovalRule.isLevelAbove(List.of(new Grant(Role.VIEWER, 1L), new Grant(Role.EVALUATOR, 5L)), path)).isFalse();
        assertThat(ApprovalRule.isLevelAbove(List.of(new Grant(Role.SECRETARY, 19L)), "/1/19/")).isFalse();
        assertThat(ApprovalRule.isLevelAbove(List.of(new Grant(Role.SECRETARY, 1L)), "/19/")).isFalse(); // "1" is not a prefix of "19"
    }

    @Test
    void similarityIsBigramJaccardIgnoringPunctuation() {
        assertThat(Similarity.jaccard("三会一课", "三会一课。")).isEqualTo(1.0);
        // {三会,会一,一课} vs {三会,会一,一学}: 2 shared of 4
        assertThat(Similarity.jaccard("三会一课", "三会一学")).isEqualTo(0.5);
        assertThat(Similarity.jaccard("集体经济", "党员教育")).isZero();
    }

    @Test
    void evidenceTypeIsRecognisedByContent() {
        assertThat(EvidenceType.detect("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo(EvidenceType.PDF);
        assertThat(EvidenceType.detect("photo.JPG", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo(EvidenceType.JPEG);
        assertThat(EvidenceType.detect("x.xlsx", new byte[]{'P', 'K', 3, 4})).isEqualTo(EvidenceType.XLSX);
        assertThat(EvidenceType.detect("说明.txt", "整改说明".getBytes(StandardCharsets.UTF_8))).isEqualTo(EvidenceType.TXT);
        assertThatThrownBy(() -> EvidenceType.detect("a.pdf", new byte[]{'M', 'Z', 0})).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> EvidenceType.detect("a.zip", new byte[]{'P', 'K', 3, 4})).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> EvidenceType.detect("a.txt", new byte[]{'a', 0, 'b'})).isInstanceOf(InvalidInputException.class);
    }
}
