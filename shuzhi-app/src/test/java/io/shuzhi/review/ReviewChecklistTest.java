package io.shuzhi.review;

import io.shuzhi.review.ReviewChecklist.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewChecklistTest {

    static AnalysisView.Part part(String kind) {
        return new AnalysisView.Part(kind, kind, 0, 1, List.of());
    }

    static AnalysisView.Finding finding(String rule) {
        return new AnalysisView.Finding(rule, "WARNING", "m", "t", null, 0, 1);
    }

    @Test
    void aCompleteReportPassesEveryCheck() {
        var commitment = new AnalysisView.Commitment("到村调研100个以上", BigDecimal.TEN, null, "个", "AT_LEAST", LocalDate.of(2015, 12, 31), 0, 1);
        var a = AnnotatedTextTest.view(List.of(part("HIGHLIGHTS"), part("PROBLEMS"), part("CAUSES"), part("MEASURES")),
                List.of(), List.of(commitment), List.of());
        ReviewChecklist list = ReviewChecklistService.of(a, 0.02, 0.0);
        assertThat(list.checks()).extracting(ReviewChecklist.Check::key)
                .containsExactly("parts", "facts", "causes", "measures", "proofreading", "batch", "lastyear");
        assertThat(list.allPassed()).isTrue();
    }

    @Test
    void eachShortcomingFailsItsOwnCheck() {
        var vague = new AnalysisView.Commitment("进一步加强", null, null, null, null, null, 0, 1);
        var a = AnnotatedTextTest.view(List.of(part("HIGHLIGHTS"), part("PROBLEMS")), List.of(), List.of(vague),
                List.of(finding("VAGUE_PROBLEM"), finding("TYPO"), finding("BOILERPLATE")));
        var checks = ReviewChecklistService.of(a, 0.30, 0.12).checks();
        assertThat(checks).extracting(ReviewChecklist.Check::status)
                .containsExactly(Status.BAD, Status.WARN, Status.WARN, Status.WARN, Status.WARN, Status.BAD, Status.WARN);
        assertThat(checks.get(3).args()).containsExactly(1L, 0L, 0L);
        assertThat(checks.get(5).args()).containsExactly("30%", 1L);
    }

    @Test
    void copiedSentencesAreMeasuredAgainstOtherTexts() {
        String mine = "我将在2015年到每个乡镇督办党建工作不少于2次。今年新增一个全新的做法并取得明显成效。";
        String theirs = "我将在2015年到每个乡镇督办党建工作不少于2次。其他内容完全不同的一句话在这里。";
        assertThat(SentenceOverlap.share(mine, List.of(theirs))).isBetween(0.4, 0.7);
        assertThat(SentenceOverlap.share(mine, List.of())).isZero();
    }
}
