package kr.tipa.eval.model;

import java.time.Instant;

/** One sheet workbook imported by the chair. */
public record ImportedSheetFile(String evaluatorId, int seq, String fileSha256, String fingerprint, String fileName,
        Instant importedAt) {
}
