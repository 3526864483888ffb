package io.shuzhi.workrecord.talk;

/** Kinds of 谈心谈话; how many of each a leader owes per year is data ({@code talk_requirement}). */
public enum TalkKind {
    /** with the secretaries of the level below, e.g. the city secretary with county secretaries */
    SUBORDINATE_SECRETARY,
    /** with members of one's own leadership team */
    TEAM_MEMBER,
    /** with a newly appointed cadre */
    NEW_APPOINTEE,
    /** when early signs of a problem show */
    EARLY_WARNING,
    OTHER
}
