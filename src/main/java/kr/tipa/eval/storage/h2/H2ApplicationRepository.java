package kr.tipa.eval.storage.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.bundle.ApplicationParser;
import kr.tipa.eval.bundle.ReadBundle;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.model.ApplicationSummary;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.storage.ApplicationRepository;

/** Applications in H2: searchable columns beside the application.json kept as received. */
public final class H2ApplicationRepository implements ApplicationRepository {

    private static final String COLUMNS = "a.id, a.round_id, a.bundle_id, a.data_json, a.withdrawn";

    private final Sql sql;
    /**
     * Parsed applications by id and bundle: an application only changes with a new bundle, so the pair
     * identifies its content, and reading a round no longer re-parses a thousand JSON documents.
     */
    private final java.util.Map<String, Application> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    public H2ApplicationRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public long upsert(long roundId, String bundleId, ReadBundle.Item item) {
        Application a = item.application();
        Optional<Long> existing = sql.one("SELECT id FROM application WHERE round_id = ? AND receipt_no = ?",
                rs -> rs.getLong(1), roundId, a.receiptNo());
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            sql.update("UPDATE application SET bundle_id = ?, company_name = ?, business_no = ?, submitted_at = ?,"
                    + " data_json = ?, withdrawn = FALSE WHERE id = ?", bundleId, a.company().name(),
                    a.company().businessRegistrationNo(), a.submittedAt(), item.json(), id);
            sql.update("DELETE FROM document WHERE application_id = ?", id);
        } else {
            id = sql.insert("INSERT INTO application (round_id, receipt_no, bundle_id, company_name, business_no,"
                    + " submitted_at, data_json) VALUES (?, ?, ?, ?, ?, ?, ?)", roundId, a.receiptNo(), bundleId,
                    a.company().name(), a.company().businessRegistrationNo(), a.submittedAt(), item.json());
        }
        List<Object[]> rows = new ArrayList<>();
        int ordinal = 0;
        for (ReadBundle.Document document : item.documents()) {
            rows.add(new Object[] {id, ordinal++, document.attached().type().name(), document.attached().file(),
                document.attached().sha256(), document.size()});
        }
        sql.batch("INSERT INTO document (application_id, ordinal, doc_type, file_path, sha256, size_bytes)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows);
        return id;
    }

    @Override
    public int withdrawAllBut(long roundId, Set<String> present) {
        List<String> all = sql.list("SELECT receipt_no FROM application WHERE round_id = ? AND withdrawn = FALSE",
                rs -> rs.getString(1), roundId);
        int count = 0;
        for (String receiptNo : all) {
            if (!present.contains(receiptNo)) {
                count += sql.update("UPDATE application SET withdrawn = TRUE WHERE round_id = ? AND receipt_no = ?",
                        roundId, receiptNo);
            }
        }
        return count;
    }

    @Override
    public List<StoredApplication> ofRound(long roundId) {
        Map<Long, List<StoredDocument>> documents = new HashMap<>();
        sql.list("SELECT d.application_id, d.id, d.ordinal, d.doc_type, d.file_path, d.sha256, d.size_bytes"
                + " FROM document d JOIN application a ON a.id = d.application_id"
                + " WHERE a.round_id = ? AND a.withdrawn = FALSE ORDER BY d.application_id, d.ordinal",
                rs -> documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(document(rs)), roundId);
        return sql.list("SELECT " + COLUMNS + " FROM application a WHERE a.round_id = ? AND a.withdrawn = FALSE"
                + " ORDER BY a.receipt_no", rs -> application(rs, documents.getOrDefault(rs.getLong("id"), List.of())),
                roundId);
    }

    @Override
    public List<kr.tipa.eval.model.ApplicationSummary> summaries(long roundId) {
        return sql.list("SELECT id, receipt_no, company_name FROM application WHERE round_id = ? AND withdrawn = FALSE"
                + " ORDER BY receipt_no", rs -> new kr.tipa.eval.model.ApplicationSummary(rs.getLong(1),
                        rs.getString(2), rs.getString(3)), roundId);
    }

    @Override
    public Map<String, String> dataOfRound(long roundId) {
        Map<String, String> data = new java.util.LinkedHashMap<>();
        sql.list("SELECT receipt_no, data_json FROM application WHERE round_id = ? AND withdrawn = FALSE"
                + " ORDER BY receipt_no", rs -> data.put(rs.getString(1), rs.getString(2)), roundId);
        return data;
    }

    @Override
    public Optional<StoredApplication> find(long roundId, String receiptNo) {
        Optional<Long> id = sql.one("SELECT id FROM application WHERE round_id = ? AND receipt_no = ?",
                rs -> rs.getLong(1), roundId, receiptNo);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<StoredDocument> documents = sql.list("SELECT application_id, id, ordinal, doc_type, file_path, sha256,"
                + " size_bytes FROM document WHERE application_id = ? ORDER BY ordinal",
                H2ApplicationRepository::document, id.get());
        return sql.one("SELECT " + COLUMNS + " FROM application a WHERE a.id = ?",
                rs -> application(rs, documents), id.get());
    }

    private StoredApplication application(ResultSet rs, List<StoredDocument> documents) throws SQLException {
        String key = rs.getLong("id") + "/" + rs.getString("bundle_id");
        Application application = parsed.get(key);
        if (application == null) {
            application = ApplicationParser.parseStored(rs.getString("data_json"));
            parsed.put(key, application);
        }
        return new StoredApplication(rs.getLong("id"), rs.getLong("round_id"), rs.getString("bundle_id"),
                application, documents, rs.getBoolean("withdrawn"));
    }

    private static StoredDocument document(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getInt("ordinal"), DocumentType.valueOf(rs.getString("doc_type")),
                rs.getString("file_path"), rs.getString("sha256"), rs.getLong("size_bytes"));
    }
}
