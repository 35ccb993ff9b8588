package kr.tipa.eval.model;

import java.util.Objects;

/**
 * Where scores typed for another evaluator came from (위원장 대리 입력): the person who entered them on
 * this laptop, and the file they were read from with its SHA-256.
 */
public record ProxySource(String enteredBy, String sourceFile, String sourceSha256) {

    public ProxySource {
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(sourceSha256, "sourceSha256");
        enteredBy = enteredBy.strip();
        if (enteredBy.isEmpty()) {
            throw new IllegalArgumentException("a proxy entry names who entered it");
        }
        if (!sourceSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sourceSha256);
        }
    }
}
