package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.model.ImportedSheetFile;

/**
 * Certificates of this database's key holders, the chair's pinned certificates of evaluators, and the
 * record of sheet workbooks exported and imported.
 */
public interface KeyRepository {

    /** A certificate as stored: DER bytes and the SHA-256 fingerprint (AB:CD:… form). */
    record StoredCertificate(String holder, String fingerprint, byte[] der, String origin, Instant at) {
    }

    void saveKey(StoredCertificate certificate);

    Optional<StoredCertificate> key(String holder);

    Optional<StoredCertificate> pinned(String evaluatorId);

    void pin(StoredCertificate certificate);

    /** The next export sequence number of an evaluator in a round (1 for the first). */
    int nextExportSeq(long roundId, String evaluatorId);

    void recordExport(long roundId, String evaluatorId, int seq, Instant at, String fileSha256, int sheets);

    Optional<ImportedSheetFile> newestImport(long roundId, String evaluatorId);

    void recordImport(long roundId, ImportedSheetFile file);

    List<ImportedSheetFile> imports(long roundId);
}
