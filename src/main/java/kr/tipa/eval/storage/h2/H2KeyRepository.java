package kr.tipa.eval.storage.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.model.CertificatePin;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.PinSource;
import kr.tipa.eval.storage.KeyRepository;

/** Certificates, pins and sheet-file records in H2. */
public final class H2KeyRepository implements KeyRepository {

    private final Sql sql;

    public H2KeyRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public void saveKey(StoredCertificate c) {
        sql.update("MERGE INTO signing_key (holder, fingerprint, certificate, origin, created_at) KEY (holder)"
                + " VALUES (?, ?, ?, ?, ?)", c.holder(), c.fingerprint(), c.der(), c.origin(), c.at());
    }

    @Override
    public Optional<StoredCertificate> key(String holder) {
        return sql.one("SELECT holder, fingerprint, certificate, origin, created_at FROM signing_key WHERE holder = ?",
                rs -> certificate(rs, "created_at"), holder);
    }

    @Override
    public Optional<StoredCertificate> pinned(String evaluatorId) {
        return sql.one("SELECT evaluator_id, fingerprint, certificate, pinned_by, pinned_at FROM pinned_certificate"
                + " WHERE evaluator_id = ?", rs -> certificate(rs, "pinned_at"), evaluatorId);
    }

    @Override
    public void pin(StoredCertificate c) {
        PinSource source = PinSource.valueOf(c.origin());
        sql.update("MERGE INTO pinned_certificate (evaluator_id, fingerprint, certificate, pinned_at, pinned_by,"
                + " confirmed_by, confirmed_at) KEY (evaluator_id) VALUES (?, ?, ?, ?, ?, NULL, NULL)", c.holder(),
                c.fingerprint(), c.der(), c.at(), source.name());
    }

    @Override
    public List<CertificatePin> pins() {
        return sql.list("SELECT evaluator_id, fingerprint, pinned_by, pinned_at, confirmed_by, confirmed_at"
                + " FROM pinned_certificate ORDER BY evaluator_id", rs -> new CertificatePin(rs.getString(1),
                        rs.getString(2), PinSource.valueOf(rs.getString(3)), Sql.instant(rs, "pinned_at"),
                        rs.getString(5), Sql.instant(rs, "confirmed_at")));
    }

    @Override
    public boolean confirmPin(String evaluatorId, String fingerprint, String by, Instant at) {
        return sql.update("UPDATE pinned_certificate SET pinned_by = ?, confirmed_by = ?, confirmed_at = ?"
                + " WHERE evaluator_id = ? AND fingerprint = ? AND pinned_by = ?", PinSource.CONFIRMED.name(), by, at,
                evaluatorId, fingerprint, PinSource.FIRST_IMPORT.name()) == 1;
    }

    @Override
    public int nextExportSeq(long roundId, String evaluatorId) {
        return sql.one("SELECT COALESCE(MAX(seq), 0) + 1 FROM sheet_export WHERE round_id = ? AND evaluator_id = ?",
                rs -> rs.getInt(1), roundId, evaluatorId).orElse(1);
    }

    @Override
    public void recordExport(long roundId, String evaluatorId, int seq, Instant at, String fileSha256, int sheets) {
        sql.update("INSERT INTO sheet_export (round_id, evaluator_id, seq, exported_at, file_sha256, sheet_count)"
                + " VALUES (?, ?, ?, ?, ?, ?)", roundId, evaluatorId, seq, at, fileSha256, sheets);
    }

    @Override
    public Optional<ImportedSheetFile> newestImport(long roundId, String evaluatorId) {
        return sql.one("SELECT evaluator_id, seq, file_sha256, fingerprint, file_name, imported_at, unpledged_reason"
                + " FROM sheet_import"
                + " WHERE round_id = ? AND evaluator_id = ? ORDER BY seq DESC LIMIT 1", H2KeyRepository::file,
                roundId, evaluatorId);
    }

    @Override
    public void recordImport(long roundId, ImportedSheetFile f) {
        sql.update("INSERT INTO sheet_import (round_id, evaluator_id, seq, file_sha256, fingerprint, file_name,"
                + " imported_at, unpledged_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", roundId, f.evaluatorId(), f.seq(),
                f.fileSha256(), f.fingerprint(), f.fileName(), f.importedAt(), f.unpledgedReason().orElse(null));
    }

    @Override
    public List<ImportedSheetFile> imports(long roundId) {
        return sql.list("SELECT evaluator_id, seq, file_sha256, fingerprint, file_name, imported_at, unpledged_reason"
                + " FROM sheet_import"
                + " WHERE round_id = ? ORDER BY imported_at, id", H2KeyRepository::file, roundId);
    }

    private static StoredCertificate certificate(ResultSet rs, String at) throws SQLException {
        return new StoredCertificate(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                Sql.instant(rs, at));
    }

    private static ImportedSheetFile file(ResultSet rs) throws SQLException {
        return new ImportedSheetFile(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.instant(rs, "imported_at"), Optional.ofNullable(rs.getString(7)));
    }
}
