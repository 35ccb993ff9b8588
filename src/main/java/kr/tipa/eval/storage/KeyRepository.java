package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.model.CertificatePin;
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

    /** The pinned certificate; its {@code origin} is the {@link kr.tipa.eval.model.PinSource} by name. */
    Optional<StoredCertificate> pinned(String evaluatorId);

    /**
     * Pins {@code certificate} for its holder, replacing any pin (and its confirmation); {@code origin} is the
     * {@link kr.tipa.eval.model.PinSource} by name.
     */
    void pin(StoredCertificate certificate);

    /** Every pin, by evaluator id. */
    List<CertificatePin> pins();

    /**
     * Marks a first-import pin of exactly this fingerprint confirmed; false when there is no such pin (another
     * certificate is pinned now, or it is not a first-import pin).
     */
    boolean confirmPin(String evaluatorId, String fingerprint, String by, Instant at);

    /** The next export sequence number of an evaluator in a round (1 for the first). */
    int nextExportSeq(long roundId, String evaluatorId);

    void recordExport(long roundId, String evaluatorId, int seq, Instant at, String fileSha256, int sheets);

    Optional<ImportedSheetFile> newestImport(long roundId, String evaluatorId);

    void recordImport(long roundId, ImportedSheetFile file);

    List<ImportedSheetFile> imports(long roundId);
}
