package kr.tipa.eval.model;

import java.time.Instant;

/** One imported bundle: one version of a round. */
public record BundleRecord(
        String bundleId,
        long roundId,
        int versionNo,
        String manifestSha256,
        Instant createdAt,
        Instant importedAt,
        String sourceName,
        int applicationCount) {
}
