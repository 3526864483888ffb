package io.shuzhi.rectification;

import java.time.Instant;

/** One uploaded piece of evidence; a new upload is a new revision, nothing is replaced. */
public record Evidence(long id, long problemId, int revision, String fileName, String contentType, String storageKey,
                       String sha256, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
