package io.shuzhi.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotatedTextTest {

    static AnalysisView view(List<AnalysisView.Part> parts, List<AnalysisView.Quantity> q, List<AnalysisView.Commitment> c,
                             List<AnalysisView.Finding> f) {
        return new AnalysisView(null, new AnalysisView.Reporter(null, null, null), 2014, 0, 100, parts, q, c, f);
    }

    @Test
    void quantitiesShowTheirNormalisedValueOnHoverAndTextIsEscaped() {
        String text = "村均4.89万元<b>";
        var q = new AnalysisView.Quantity("4.89万元", new BigDecimal("48900"), null, "元", "EXACT", 2, 8);
        var paragraphs = AnnotatedText.render(text, view(List.of(), List.of(q), List.of(), List.of()));
        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.get(0).html()).isEqualTo("村均<mark class=\"quantity\" title=\"48900 元\">4.89万元</mark>&lt;b&gt;");
    }

    @Test
    void marksThatWouldCrossAreCutToNestAndNeverRunPastAParagraph() {
        String text = "到村调研100个以上。\n第二段";
        var c = new AnalysisView.Commitment("到村调研100个以上", new BigDecimal(100), null, "个", "AT_LEAST", null, 0, 10);
        var q = new AnalysisView.Quantity("100个以上", new BigDecimal(100), null, "个", "AT_LEAST", 4, 10);
        var f = new AnalysisView.Finding("COMMITMENT_WITHOUT_DEADLINE", "WARNING", "无时限", "调研100个以上。\n第二", null, 2, 14);
        var paragraphs = AnnotatedText.render(text, view(List.of(), List.of(q), List.of(c), List.of(f)));
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).html()).isEqualTo("<span class=\"commitment\" data-commitment=\"0\">到村"
                + "<span class=\"finding-ref warning\" id=\"ref-0\" data-finding=\"0\">调研"
                + "<mark class=\"quantity\" title=\"100 个\">100个以上</mark></span></span>。");
        assertThat(paragraphs.get(1).html()).isEqualTo("<span class=\"finding-ref warning\" data-finding=\"0\">第二</span>段");
    }

    @Test
    void sectionHeadingsAndItemsGetAnchors() {
        String text = "履职工作的特色和亮点\n从严治党。我主持召开12次常委会。";
        var part = new AnalysisView.Part("HIGHLIGHTS", "履职工作的特色和亮点", 0, text.length(),
                List.of(new AnalysisView.Item("从严治党", 11, text.length())));
        var paragraphs = AnnotatedText.render(text, view(List.of(part), List.of(), List.of(), List.of()));
        assertThat(paragraphs).extracting(AnnotatedText.Paragraph::anchor).containsExactly("s-0", "s-0-0");
        assertThat(paragraphs).extracting(AnnotatedText.Paragraph::sectionKind).containsExactly("HIGHLIGHTS", null);
    }
}
