package io.shuzhi.commitment;

/** A commitment together with its status as of now. */
public record JudgedCommitment(Commitment commitment, CommitmentStatus status) {
}
