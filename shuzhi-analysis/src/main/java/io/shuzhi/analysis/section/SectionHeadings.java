package io.shuzhi.analysis.section;

import io.shuzhi.analysis.text.DataFiles;
import java.util.List;

/** Decides whether a line is a section heading, from section-keywords.tsv and cause-openers.tsv. Thread-safe. */
public final class SectionHeadings {

    static final int MAX_HEADING_LENGTH = 32;
    private static final int MAX_NUMBERING_LENGTH = 10;

    private final List<String[]> keywords = DataFiles.rows("section-keywords.tsv");
    private final List<String> causeOpeners = DataFiles.rows("cause-openers.tsv").stream().map(r -> r[0]).toList();

    /** The kind of section this whole line heads, or null. */
    public SectionKind kindOf(String line) {
        if (line.length() > MAX_HEADING_LENGTH + MAX_NUMBERING_LENGTH) {
            return null; // a long paragraph is never a heading: skip the numbering regexes
        }
        Numbering n = Numbering.of(line);
        String rest = line.substring(n.length());
        if (rest.length() > MAX_HEADING_LENGTH || rest.isEmpty() || rest.contains("述职")) {
            return null; // "2019年度履职情况述职报告" is a title, not a part
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                if (i < rest.length() - 1) {
                    return null; // a sentence with more after it is prose, not a heading
                }
            }
        }
        return keywordKind(rest);
    }

    /** Whether the line heads a section (used to keep headings out of titles). */
    public boolean isHeading(String line) {
        return kindOf(line) != null;
    }

    SectionKind keywordKind(String text) {
        for (String[] row : keywords) {
            if (text.contains(row[1])) {
                return SectionKind.valueOf(row[0]);
            }
        }
        return null;
    }

    /** Whether a line is no more than its section keyword ("存在不足", "主要问题："), i.e. restates the section. */
    boolean restates(String text) {
        for (String[] row : keywords) {
            if (text.contains(row[1])) {
                return Sentences.stripTrailing(text).length() <= row[1].length() + 4;
            }
        }
        return false;
    }

    /** Whether a paragraph's first sentence opens the reflection on causes. */
    boolean opensCauses(String firstSentence) {
        for (String opener : causeOpeners) {
            if (firstSentence.contains(opener)) {
                return true;
            }
        }
        return false;
    }
}
