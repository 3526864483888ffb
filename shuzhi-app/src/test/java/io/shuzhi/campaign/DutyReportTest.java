package io.shuzhi.campaign;

import io.shuzhi.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DutyReportTest {

    static final ReportContent COMPLETE = new ReportContent(Map.of(
            Section.HIGHLIGHTS, List.of(new ReportItem("亮点。", "内容")),
            Section.PROBLEMS, List.of(new ReportItem("问题。", "内容")),
            Section.MEASURES, List.of(new ReportItem("措施。", "内容"))));

    static DutyReport draft() {
        return new DutyReport(1, 1, 1, 1, ReportStatus.DRAFT, 0, ReportContent.EMPTY, null);
    }

    @Test
    void aReportGoesThroughItsStatesAndEachEditIsANewVersion() {
        DutyReport r = draft().edit(COMPLETE).submit().returnWith("请补充").edit(COMPLETE).submit().accept().publish();
        assertThat(r.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(r.version()).isEqualTo(2);
    }

    @Test
    void submittedReportCannotBeEdited() {
        DutyReport submitted = draft().edit(COMPLETE).submit();
        assertThatThrownBy(() -> submitted.edit(COMPLETE)).isInstanceOf(ReportTransitionRefused.class);
        assertThatThrownBy(submitted::submit).isInstanceOf(ReportTransitionRefused.class);
        assertThatThrownBy(() -> submitted.accept().edit(COMPLETE)).isInstanceOf(ReportTransitionRefused.class);
    }

    @Test
    void onlySubmittedReportsAreReturnedOrAcceptedAndOnlyAcceptedOnesPublished() {
        assertThatThrownBy(() -> draft().accept()).isInstanceOf(ReportTransitionRefused.class);
        assertThatThrownBy(() -> draft().returnWith("x")).isInstanceOf(ReportTransitionRefused.class);
        assertThatThrownBy(() -> draft().edit(COMPLETE).submit().publish()).isInstanceOf(ReportTransitionRefused.class);
    }

    @Test
    void anIncompleteReportCannotBeSubmittedAndAReturnNeedsAComment() {
        DutyReport onlyHighlights = draft().edit(new ReportContent(Map.of(Section.HIGHLIGHTS, List.of(new ReportItem("亮点。", "x")))));
        assertThatThrownBy(onlyHighlights::submit).isInstanceOf(InvalidInputException.class).hasMessageContaining("");
        assertThatThrownBy(() -> draft().edit(COMPLETE).submit().returnWith(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void blankItemsAreDroppedAndTheDiffMarksAddedAndRemovedItems() {
        ReportContent older = new ReportContent(Map.of(Section.HIGHLIGHTS, List.of(new ReportItem("甲。", "1"), new ReportItem(" ", " "))));
        ReportContent newer = new ReportContent(Map.of(Section.HIGHLIGHTS, List.of(new ReportItem("乙。", "2"), new ReportItem("甲。", "1"))));
        assertThat(older.items(Section.HIGHLIGHTS)).hasSize(1);
        assertThat(ReportDiff.between(older, newer).get(Section.HIGHLIGHTS)).extracting(ReportDiff.Line::change)
                .containsExactly(ReportDiff.Change.ADDED, ReportDiff.Change.SAME);
    }
}
