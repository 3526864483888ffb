package io.shuzhi.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an organization import/export sheet, with the English and Chinese headers both accepted.
 * Export writes the Chinese headers: the people who fill these sheets in work in Chinese Excel.
 */
enum SheetColumn {
    CODE("code", "组织编码", true),
    PARENT_CODE("parentCode", "上级组织编码", true),
    NAME("name", "组织名称", true),
    KIND("kind", "组织类别", true),
    LEVEL("level", "层级", true),
    SECTOR("sector", "领域", true),
    SECRETARY_NAME("secretaryName", "书记姓名", false);

    final String english;
    final String chinese;
    /** Required columns must be present in the header row (their cells may still be optional, e.g. parent code). */
    final boolean requiredHeader;

    SheetColumn(String english, String chinese, boolean requiredHeader) {
        this.english = english;
        this.chinese = chinese;
        this.requiredHeader = requiredHeader;
    }

    static Optional<SheetColumn> byHeader(String header) {
        String h = header == null ? "" : header.strip().replace("\uFEFF", "");
        return Arrays.stream(values())
                .filter(c -> c.english.equalsIgnoreCase(h) || c.chinese.equals(h)
                        || c.english.toLowerCase(Locale.ROOT).equals(h.toLowerCase(Locale.ROOT).replace("_", "")))
                .findFirst();
    }
}
