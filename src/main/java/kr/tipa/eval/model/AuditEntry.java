package kr.tipa.eval.model;

import java.time.Instant;

/** One entry of the audit trail; {@code hash} covers every field and {@code prevHash}. */
public record AuditEntry(
        long seq, Instant at, String actor, String action, String subject, String detailJson, String prevHash,
        String hash) {
}
