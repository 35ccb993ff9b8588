package kr.tipa.eval.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One imported version of a panel's signed result on the agency's database.
 *
 * @param seq        1 for a panel's first imported result, then up by one with every later version
 * @param signerName the common name of the certificate that signed the file
 * @param replacedAt when a later version took its place; empty for the version that counts
 */
public record PanelResultRecord(long id, String panelId, String panelName, int seq, String bundleId,
        boolean finalResult, String chairName, String signerName, String fingerprint, String fileName,
        String fileSha256, Instant generatedAt, Instant importedAt, String importedBy, Optional<Instant> replacedAt) {

    public boolean current() {
        return replacedAt.isEmpty();
    }
}
