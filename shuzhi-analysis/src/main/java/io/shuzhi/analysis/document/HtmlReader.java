package io.shuzhi.analysis.document;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Reads the article text of a web page: chrome (navigation, scripts, header/footer) is dropped, blocks become paragraphs. */
final class HtmlReader {

    private static final String CHROME = "script, style, noscript, template, iframe, nav, header, footer, aside, form, "
            + "[class~=(?i)(^|[-_ ])(nav|navbar|menu|footer|header|breadcrumb|copyright|sidebar)([-_ ]|$)], "
            + "[id~=(?i)^(nav|navbar|menu|footer|header|breadcrumb|copyright|sidebar)([-_].*)?$]";

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "td", "th", "section", "article", "table", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "title", "center");

    private HtmlReader() {
    }

    static ExtractedDocument read(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(CHROME).remove();
        ParagraphCollector out = new ParagraphCollector();
        StringBuilder current = new StringBuilder();
        StringBuilder bold = new StringBuilder();
        boolean[] leadOpen = {true};
        Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s&&[^\\u3000]]+", " ");
                    if (s.isBlank() && current.length() == 0) {
                        return;
                    }
                    current.append(s);
                    boolean inBold = false;
                    for (Node p = t.parent(); p instanceof Element e && !BLOCKS.contains(e.normalName()); p = p.parent()) {
                        if (e.normalName().equals("b") || e.normalName().equals("strong")) {
                            inBold = true;
                        }
                    }
                    if (leadOpen[0]) {
                        if (inBold) {
                            bold.append(s);
                        } else if (!s.isBlank()) {
                            leadOpen[0] = false;
                        }
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            private void flush() {
                if (current.length() > 0) {
                    String lead = leadOpen[0] || bold.toString().strip().equals(current.toString().strip()) ? null : bold.toString();
                    out.add(current.toString(), lead);
                }
                current.setLength(0);
                bold.setLength(0);
                leadOpen[0] = true;
            }
        }, body);
        if (current.length() > 0) {
            out.add(current.toString(), null);
        }
        return out.build();
    }
}
