package io.shuzhi.workrecord.meeting;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Arrays;

/**
 * 常委会, 领导小组会, 听取专题汇报 — the meetings a report counts when it says "专题研究基层党建". The API also accepts
 * the Chinese words, since that is how clients' spreadsheets name them.
 */
public enum MeetingKind {
    STANDING_COMMITTEE("常委会"), LEADING_GROUP("领导小组会"), WORK_REPORT("专题汇报"), OTHER("其他");

    private final String chinese;

    MeetingKind(String chinese) {
        this.chinese = chinese;
    }

    @JsonCreator
    public static MeetingKind of(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value) || k.chinese.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown meeting kind: " + value));
    }
}
