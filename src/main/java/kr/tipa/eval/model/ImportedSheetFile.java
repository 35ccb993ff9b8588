package kr.tipa.eval.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One sheet workbook imported by the chair.
 *
 * @param unpledgedReason the chair's written reason when the workbook carried no pledge and was accepted anyway
 */
public record ImportedSheetFile(String evaluatorId, int seq, String fileSha256, String fingerprint, String fileName,
        Instant importedAt, Optional<String> unpledgedReason) {

    public ImportedSheetFile {
        Objects.requireNonNull(unpledgedReason, "unpledgedReason");
    }

    /** A workbook that carried the evaluator's pledge. */
    public ImportedSheetFile(String evaluatorId, int seq, String fileSha256, String fingerprint, String fileName,
            Instant importedAt) {
        this(evaluatorId, seq, fileSha256, fingerprint, fileName, importedAt, Optional.empty());
    }
}
