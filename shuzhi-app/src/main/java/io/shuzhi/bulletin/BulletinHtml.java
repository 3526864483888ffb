package io.shuzhi.bulletin;

import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/** The bulletin as one standalone HTML document (its own styles, no scripts), for the web and for mail. */
@Component
class BulletinHtml {

    private static final String STYLE = "body{font-family:'Noto Serif CJK SC','Source Han Serif SC','SimSun',serif;max-width:46em;"
            + "margin:2em auto;padding:0 1em;line-height:1.9;color:#222}h1,h2,h3{font-family:'Noto Sans CJK SC','SimHei',sans-serif;"
            + "text-align:center}h1{font-size:1.6em}h2{font-size:1.3em;margin-top:3em}h3{font-size:1.1em}.byline{text-align:center}"
            + "p{text-indent:2em;margin:.4em 0}.lead{font-weight:bold}.note{background:#faf7f2;padding:.5em 1em}";

    String render(Bulletin b) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(e(b.title())).append("</title><style>").append(STYLE).append("</style></head><body><h1>")
                .append(e(b.title())).append("</h1>");
        if (b.editorNote() != null && !b.editorNote().isBlank()) {
            sb.append("<p class=\"note\"><span class=\"lead\">编者按：</span>").append(e(b.editorNote().strip())).append("</p>");
        }
        for (Bulletin.Entry entry : b.reports()) {
            String secretary = entry.reporter().secretaryName();
            sb.append("<article><h2>").append(e(entry.reporter().organizationName())).append("述职报告</h2><p class=\"byline\">")
                    .append(e(entry.reporter().organizationName())).append("书记 ").append(e(secretary == null ? "" : secretary)).append("</p>");
            section(sb, Bulletin.HIGHLIGHTS, entry.content().items(Section.HIGHLIGHTS));
            section(sb, Bulletin.PROBLEMS, java.util.stream.Stream.concat(entry.content().items(Section.PROBLEMS).stream(),
                    entry.content().items(Section.CAUSES).stream()).toList());
            section(sb, Bulletin.MEASURES, entry.content().items(Section.MEASURES));
            sb.append("</article>");
        }
        return sb.append("</body></html>").toString();
    }

    private static void section(StringBuilder sb, String heading, List<ReportItem> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("<h3>").append(heading).append("</h3>");
        for (ReportItem i : items) {
            sb.append("<p><span class=\"lead\">").append(e(i.heading())).append("</span>").append(e(i.text())).append("</p>");
        }
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
