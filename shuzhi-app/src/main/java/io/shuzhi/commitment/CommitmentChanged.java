package io.shuzhi.commitment;

/** A commitment was made, progressed or rated. */
public record CommitmentChanged(long commitmentId, long organizationId, CommitmentStatus status) {
}
