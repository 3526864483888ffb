package io.shuzhi.bulletin;

import io.shuzhi.campaign.ReportContent;
import io.shuzhi.campaign.Reporter;

import java.util.List;

/** 简报: the editor's note and the accepted reports in reporting order, ready to render. */
public record Bulletin(long campaignId, String title, String editorNote, boolean published, List<Entry> reports) {

    public record Entry(Reporter reporter, ReportContent content) {
    }

    /** The headings printed in the bulletin, as in the published compilations. */
    public static final String HIGHLIGHTS = "履职工作的特色和亮点";
    public static final String PROBLEMS = "存在的主要问题及原因";
    public static final String MEASURES = "下步工作思路和措施";
}
