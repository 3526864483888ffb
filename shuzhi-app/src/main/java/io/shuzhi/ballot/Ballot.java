package io.shuzhi.ballot;

import io.shuzhi.evaluation.Grade;

import java.util.Map;

/** A validated ballot ready to be counted: a grade for every report of the campaign. No identity, no time. */
public record Ballot(long tokenId, long sessionId, String group, Map<Long, Grade> grades, String comment) {
}
