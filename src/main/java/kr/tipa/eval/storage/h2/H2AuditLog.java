package kr.tipa.eval.storage.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.model.StorageException;

/**
 * The audit trail: each entry's hash covers its own fields and the previous entry's hash, so an
 * edited, removed or reordered entry breaks the chain from there on.
 */
public final class H2AuditLog implements AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final Database database;
    private final Sql sql;

    public H2AuditLog(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    @Override
    public AuditEntry append(String actor, String action, String subject, Map<String, ?> detail) {
        return database.inTransaction(() -> {
            // The row lock on the newest entry serialises appends from concurrent transactions.
            Optional<String[]> last = sql.one("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1 FOR UPDATE",
                    rs -> new String[] {rs.getString(1), rs.getString(2)});
            long seq = last.map(l -> Long.parseLong(l[0]) + 1).orElse(1L);
            String prev = last.map(l -> l[1]).orElse(GENESIS);
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String detailJson = json(detail);
            String hash = hash(seq, at, actor, action, subject, detailJson, prev);
            sql.update("INSERT INTO audit_entry (seq, at, actor, action, subject, detail_json, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, at, actor, action, subject, detailJson, prev, hash);
            return new AuditEntry(seq, at, actor, action, subject, detailJson, prev, hash);
        });
    }

    @Override
    public List<AuditEntry> all() {
        return sql.list("SELECT seq, at, actor, action, subject, detail_json, prev_hash, hash FROM audit_entry"
                + " ORDER BY seq", H2AuditLog::entry);
    }

    @Override
    public Optional<AuditEntry> firstBreak() {
        String prev = GENESIS;
        long expectedSeq = 1;
        for (AuditEntry e : all()) {
            String recomputed = hash(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.detailJson(), e.prevHash());
            if (e.seq() != expectedSeq || !e.prevHash().equals(prev) || !recomputed.equals(e.hash())) {
                return Optional.of(e);
            }
            prev = e.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    static String hash(long seq, Instant at, String actor, String action, String subject, String detail, String prev) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {Long.toString(seq), at.toString(), actor, action, subject, detail, prev}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, ?> detail) {
        try {
            return Jsons.MAPPER.writeValueAsString(new TreeMap<>(detail));
        } catch (JsonProcessingException e) {
            throw new StorageException("audit detail not serialisable", e);
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Sql.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("subject"), rs.getString("detail_json"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
