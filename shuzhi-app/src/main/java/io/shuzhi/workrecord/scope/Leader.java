package io.shuzhi.workrecord.scope;

/** Who did the work: a user when the leader has an account, otherwise just a name typed by the organization department. */
public record Leader(Long userId, String name) {
}
