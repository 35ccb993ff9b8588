package kr.tipa.eval.storage.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.bundle.ProgramJson;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.storage.RoundRepository;

/** Rounds and bundles in H2; a round's programme is stored as canonical JSON. */
public final class H2RoundRepository implements RoundRepository {

    private static final String ROUND_COLUMNS =
            "id, program_json, current_bundle_id, version_no, created_at, updated_at";
    private static final String BUNDLE_COLUMNS = "bundle_id, round_id, version_no, manifest_sha256, created_at,"
            + " imported_at, source_name, application_count";

    private final Sql sql;

    public H2RoundRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public Optional<Round> findByCode(String programCode) {
        return sql.one("SELECT " + ROUND_COLUMNS + " FROM round WHERE program_code = ?", H2RoundRepository::round,
                programCode);
    }

    @Override
    public Optional<Round> findById(long id) {
        return sql.one("SELECT " + ROUND_COLUMNS + " FROM round WHERE id = ?", H2RoundRepository::round, id);
    }

    @Override
    public List<Round> all() {
        return sql.list("SELECT " + ROUND_COLUMNS + " FROM round ORDER BY updated_at DESC, id DESC",
                H2RoundRepository::round);
    }

    @Override
    public Round create(Program program, String bundleId, Instant at) {
        long id = sql.insert("INSERT INTO round (program_code, program_json, current_bundle_id, version_no,"
                + " created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)",
                program.code(), ProgramJson.write(program), bundleId, at, at);
        return new Round(id, program, bundleId, 1, at, at);
    }

    @Override
    public void advance(long roundId, Program program, String bundleId, int versionNo, Instant at) {
        sql.update("UPDATE round SET program_json = ?, current_bundle_id = ?, version_no = ?, updated_at = ?"
                + " WHERE id = ?", ProgramJson.write(program), bundleId, versionNo, at, roundId);
    }

    @Override
    public Optional<BundleRecord> findBundle(String bundleId) {
        return sql.one("SELECT " + BUNDLE_COLUMNS + " FROM bundle WHERE bundle_id = ?", H2RoundRepository::bundle,
                bundleId);
    }

    @Override
    public List<BundleRecord> bundles(long roundId) {
        return sql.list("SELECT " + BUNDLE_COLUMNS + " FROM bundle WHERE round_id = ? ORDER BY version_no",
                H2RoundRepository::bundle, roundId);
    }

    @Override
    public void insertBundle(BundleRecord b, Program program) {
        sql.update("INSERT INTO bundle (" + BUNDLE_COLUMNS + ", program_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                b.bundleId(), b.roundId(), b.versionNo(), b.manifestSha256(), b.createdAt(), b.importedAt(),
                b.sourceName(), b.applicationCount(), ProgramJson.write(program));
    }

    private static Round round(ResultSet rs) throws SQLException {
        return new Round(rs.getLong("id"), ProgramJson.read(rs.getString("program_json")),
                rs.getString("current_bundle_id"), rs.getInt("version_no"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    private static BundleRecord bundle(ResultSet rs) throws SQLException {
        return new BundleRecord(rs.getString("bundle_id"), rs.getLong("round_id"), rs.getInt("version_no"),
                rs.getString("manifest_sha256"), Sql.instant(rs, "created_at"), Sql.instant(rs, "imported_at"),
                rs.getString("source_name"), rs.getInt("application_count"));
    }
}
