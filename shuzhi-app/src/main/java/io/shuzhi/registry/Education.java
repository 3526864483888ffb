package io.shuzhi.registry;

import java.util.Optional;

/** Highest completed education, in the categories of the party's internal statistics (党内统计). */
public enum Education {
    POSTGRADUATE("研究生"),
    BACHELOR("大学本科"),
    JUNIOR_COLLEGE("大学专科"),
    SECONDARY_VOCATIONAL("中专"),
    HIGH_SCHOOL("高中"),
    JUNIOR_HIGH_OR_BELOW("初中及以下");

    public final String label;

    Education(String label) {
        this.label = label;
    }

    /** 高中以上学历 in the reports: high school, vocational school or any higher education. */
    public boolean highSchoolOrAbove() {
        return this != JUNIOR_HIGH_OR_BELOW;
    }

    static Optional<Education> fromLabel(String text) {
        for (Education e : values()) {
            if (e.label.equals(text) || e.name().equalsIgnoreCase(text)) {
                return Optional.of(e);
            }
        }
        // common spellings in local sheets
        return switch (text) {
            case "硕士", "博士", "硕士研究生", "博士研究生" -> Optional.of(POSTGRADUATE);
            case "本科" -> Optional.of(BACHELOR);
            case "大专", "专科" -> Optional.of(JUNIOR_COLLEGE);
            case "中技", "职高", "中专/职高" -> Optional.of(SECONDARY_VOCATIONAL);
            case "初中", "小学", "小学及以下" -> Optional.of(JUNIOR_HIGH_OR_BELOW);
            default -> Optional.empty();
        };
    }
}
