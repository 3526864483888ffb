package io.shuzhi.workrecord.visit;

/** Why a leader went to the grassroots: 调研, 督办, 回访, or a visit to one's own 联系点. */
public enum Purpose {
    RESEARCH, SUPERVISION, REVISIT, CONTACT_POINT
}
