package io.shuzhi.review;

import io.shuzhi.campaign.ReportContent;
import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;
import io.shuzhi.shared.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingFixerTest {

    static final ReportContent CONTENT = new ReportContent(Map.of(
            Section.HIGHLIGHTS, List.of(new ReportItem("抓班子。", "调整村支书8名。")),
            Section.PROBLEMS, List.of(new ReportItem("", "有的同志以工作忙为籍口。"), new ReportItem("", "籍口又出现。"))));

    static AnalysisView.Finding typoAt(String text, int from) {
        return new AnalysisView.Finding("TYPO", "ERROR", "错别字", "籍口", "借口", text.codePointCount(0, from),
                text.codePointCount(0, from + 2));
    }

    @Test
    void theFixLandsInTheItemItsOffsetsName() {
        String rendered = ReportTextRenderer.render(null, CONTENT).text();
        int second = rendered.lastIndexOf("籍口");
        ReportContent fixed = FindingFixer.applyTo(CONTENT, rendered, typoAt(rendered, second));
        assertThat(fixed.items(Section.PROBLEMS)).extracting(ReportItem::text).containsExactly("有的同志以工作忙为籍口。", "借口又出现。");
        assertThat(fixed.items(Section.HIGHLIGHTS)).isEqualTo(CONTENT.items(Section.HIGHLIGHTS));
    }

    @Test
    void withoutMatchingOffsetsAnAmbiguousTextIsRefused() {
        assertThatThrownBy(() -> FindingFixer.applyTo(CONTENT, "别的文本", typoAt("别的文本籍口", 4)))
                .isInstanceOf(ConflictException.class);
    }
}
