package kr.tipa.eval.storage.h2;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.storage.PackIndex;

/** The pack index in H2 (table document_pack_entry). */
public final class H2PackIndex implements PackIndex {

    private final Sql sql;

    public H2PackIndex(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public Optional<Entry> find(String sha256) {
        return sql.one("SELECT sha256, pack, pack_offset, stored_length FROM document_pack_entry WHERE sha256 = ?",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), sha256);
    }

    @Override
    public void add(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> rows = entries.stream()
                .map(e -> new Object[] {e.sha256(), e.pack(), e.offset(), e.length()}).toList();
        sql.batch("INSERT INTO document_pack_entry (sha256, pack, pack_offset, stored_length) VALUES (?, ?, ?, ?)",
                rows);
    }

    @Override
    public boolean references(String pack) {
        return sql.one("SELECT 1 FROM document_pack_entry WHERE pack = ? LIMIT 1", rs -> true, pack).isPresent();
    }
}
