package kr.tipa.eval.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an evaluator's sheet that someone else typed on this laptop (위원장 대리 입력): it counts
 * like any sheet, is never signed in the evaluator's name, and is labelled as such wherever it is shown.
 */
public record ProxyEntry(String receiptNo, String evaluatorId, int version, ProxySource source, Instant enteredAt) {

    public ProxyEntry {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }

    public String enteredBy() {
        return source.enteredBy();
    }

    public String sourceFile() {
        return source.sourceFile();
    }

    public String sourceSha256() {
        return source.sourceSha256();
    }
}
