package kr.tipa.eval.storage.h2;

import java.util.List;
import kr.tipa.eval.storage.PanelPackageRepository;

/** The agency's written panel packages in H2. */
public final class H2PanelPackageRepository implements PanelPackageRepository {

    private final Sql sql;

    public H2PanelPackageRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public void record(Written w) {
        sql.update("INSERT INTO panel_package (bundle_id, round_id, panel_id, round_bundle_id, manifest_sha256,"
                + " file_name, file_sha256, application_count, blind, written_by, written_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.bundleId(), w.roundId(), w.panelId(),
                w.roundBundleId(), w.manifestSha256(), w.fileName(), w.fileSha256(), w.applications(), w.blind(),
                w.writtenBy(), w.writtenAt());
    }

    @Override
    public List<Written> ofRound(long roundId) {
        return sql.list("SELECT bundle_id, round_id, panel_id, round_bundle_id, manifest_sha256, file_name,"
                + " file_sha256, application_count, blind, written_by, written_at FROM panel_package"
                + " WHERE round_id = ? ORDER BY written_at, panel_id", rs -> new Written(rs.getString(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getInt(8), rs.getBoolean(9), rs.getString(10),
                        Sql.instant(rs, "written_at")), roundId);
    }
}
