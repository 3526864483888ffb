package io.shuzhi.workrecord;

/** 常委会, 领导小组会, 听取专题汇报 — the meetings a report counts when it says "专题研究基层党建". */
public enum MeetingKind {
    STANDING_COMMITTEE, LEADING_GROUP, WORK_REPORT, OTHER
}
