package io.shuzhi.workrecord.talk;

import java.time.LocalDate;

/** One 谈心谈话: who talked with whom, of what kind, when. What was said stays out of the system on purpose. */
public record HeartToHeartTalk(long id, long leaderUserId, long organizationId, String counterpartName, TalkKind kind,
                        LocalDate date, String note) {
}
