package kr.tipa.eval.storage.h2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.model.ChairDecision;
import kr.tipa.eval.model.Finalisation;
import kr.tipa.eval.storage.ChairRepository;

/** The chair's decisions in H2. */
public final class H2ChairRepository implements ChairRepository {

    private final Sql sql;

    public H2ChairRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public void exclude(long applicationId, String reason, String by, Instant at) {
        sql.update("MERGE INTO exclusion (application_id, reason, decided_by, decided_at) KEY (application_id)"
                + " VALUES (?, ?, ?, ?)", applicationId, reason, by, at);
    }

    @Override
    public void include(long applicationId) {
        sql.update("DELETE FROM exclusion WHERE application_id = ?", applicationId);
    }

    @Override
    public Map<String, ChairDecision> exclusions(long roundId) {
        return decisions("SELECT a.receipt_no, e.reason, e.decided_by, e.decided_at FROM exclusion e"
                + " JOIN application a ON a.id = e.application_id WHERE a.round_id = ? ORDER BY a.receipt_no", roundId);
    }

    @Override
    public void acknowledge(long applicationId, BigDecimal spread, String by, Instant at) {
        sql.update("MERGE INTO alert_acknowledgement (application_id, spread, acknowledged_by, acknowledged_at)"
                + " KEY (application_id) VALUES (?, ?, ?, ?)", applicationId, spread, by, at);
    }

    @Override
    public Map<String, ChairDecision> acknowledgements(long roundId) {
        return decisions("SELECT a.receipt_no, CAST(k.spread AS VARCHAR), k.acknowledged_by, k.acknowledged_at"
                + " FROM alert_acknowledgement k JOIN application a ON a.id = k.application_id WHERE a.round_id = ?"
                + " ORDER BY a.receipt_no", roundId);
    }

    @Override
    public void closeMissing(long applicationId, String evaluatorId, String by, Instant at) {
        sql.update("MERGE INTO missing_closed (application_id, evaluator_id, closed_by, closed_at)"
                + " KEY (application_id, evaluator_id) VALUES (?, ?, ?, ?)", applicationId, evaluatorId, by, at);
    }

    @Override
    public Map<String, List<String>> closedMissing(long roundId) {
        Map<String, List<String>> closed = new LinkedHashMap<>();
        sql.list("SELECT a.receipt_no, m.evaluator_id FROM missing_closed m JOIN application a"
                + " ON a.id = m.application_id WHERE a.round_id = ? ORDER BY a.receipt_no, m.evaluator_id",
                rs -> closed.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)), roundId);
        return closed;
    }

    @Override
    public void finalise(long roundId, String by, Instant at, String resultsSha256) {
        sql.insert("INSERT INTO finalisation (round_id, finalised_by, finalised_at, results_sha256) VALUES (?, ?, ?, ?)",
                roundId, by, at, resultsSha256);
    }

    @Override
    public Optional<Finalisation> finalisation(long roundId) {
        return sql.one("SELECT finalised_by, finalised_at, results_sha256 FROM finalisation WHERE round_id = ?"
                + " ORDER BY id DESC LIMIT 1", rs -> new Finalisation(rs.getString(1), Sql.instant(rs, "finalised_at"),
                        rs.getString(3)), roundId);
    }

    private Map<String, ChairDecision> decisions(String query, long roundId) {
        Map<String, ChairDecision> decisions = new LinkedHashMap<>();
        sql.list(query, rs -> decisions.put(rs.getString(1), new ChairDecision(rs.getString(1), rs.getString(2),
                rs.getString(3), Sql.instant(rs, rs.getMetaData().getColumnLabel(4)))), roundId);
        return decisions;
    }
}
