package io.shuzhi.commitment;

import java.time.LocalDate;

public record NewCommitment(long organizationId, String owner, String text, Target target, LocalDate deadline,
                            Period period, CommitmentSource source, String sourceRef) {
}
