package kr.tipa.eval.storage.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.domain.screening.ScreeningCode;
import kr.tipa.eval.domain.screening.ScreeningOverride;
import kr.tipa.eval.domain.screening.ScreeningReason;
import kr.tipa.eval.domain.screening.ScreeningResult;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.storage.ScreeningRepository;
import kr.tipa.eval.model.StorageException;

/** Screening results (reasons as JSON) and the override history in H2. */
public final class H2ScreeningRepository implements ScreeningRepository {

    private final Sql sql;

    public H2ScreeningRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public void saveResults(long roundId, List<ScreeningResult> results) {
        Map<String, Long> ids = new LinkedHashMap<>();
        sql.list("SELECT receipt_no, id FROM application WHERE round_id = ?",
                rs -> ids.put(rs.getString(1), rs.getLong(2)), roundId);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (ScreeningResult result : results) {
            Long id = ids.get(result.receiptNo());
            if (id == null) {
                throw new StorageException("no application " + result.receiptNo() + " in round " + roundId);
            }
            rows.add(new Object[] {id, result.status().name(), reasonsJson(result), now});
        }
        sql.batch("MERGE INTO screening (application_id, status, reasons_json, screened_at) KEY (application_id)"
                + " VALUES (?, ?, ?, ?)", rows);
    }

    @Override
    public Map<String, ScreeningResult> results(long roundId) {
        Map<String, ScreeningResult> results = new LinkedHashMap<>();
        sql.list("SELECT a.receipt_no, s.status, s.reasons_json FROM screening s"
                + " JOIN application a ON a.id = s.application_id WHERE a.round_id = ? ORDER BY a.receipt_no",
                rs -> results.put(rs.getString(1), new ScreeningResult(rs.getString(1),
                        ScreeningStatus.valueOf(rs.getString(2)), reasons(rs.getString(3)))), roundId);
        return results;
    }

    @Override
    public void addOverride(long applicationId, ScreeningOverride o) {
        sql.insert("INSERT INTO screening_override (application_id, decision, reason, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, ?)", applicationId, o.decision().name(), o.reason(), o.decidedBy(),
                o.decidedAt());
    }

    @Override
    public Map<String, ScreeningOverride> latestOverrides(long roundId) {
        Map<String, ScreeningOverride> latest = new LinkedHashMap<>();
        for (ScreeningOverride o : overrideHistory(roundId)) {
            latest.put(o.receiptNo(), o);
        }
        return latest;
    }

    @Override
    public List<ScreeningOverride> overrideHistory(long roundId) {
        return sql.list("SELECT a.receipt_no, o.decision, o.reason, o.decided_by, o.decided_at"
                + " FROM screening_override o JOIN application a ON a.id = o.application_id"
                + " WHERE a.round_id = ? ORDER BY o.id", H2ScreeningRepository::override, roundId);
    }

    private static ScreeningOverride override(ResultSet rs) throws SQLException {
        return new ScreeningOverride(rs.getString(1), ScreeningStatus.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), Sql.instant(rs, "decided_at"));
    }

    private static String reasonsJson(ScreeningResult result) {
        ArrayNode array = Jsons.MAPPER.createArrayNode();
        for (ScreeningReason reason : result.reasons()) {
            ArrayNode details = array.addObject().put("code", reason.code().name()).putArray("details");
            reason.details().forEach(details::add);
        }
        return array.toString();
    }

    private static List<ScreeningReason> reasons(String json) {
        try {
            List<ScreeningReason> reasons = new ArrayList<>();
            for (JsonNode node : Jsons.MAPPER.readTree(json)) {
                List<String> details = new ArrayList<>();
                node.get("details").forEach(d -> details.add(d.asText()));
                reasons.add(new ScreeningReason(ScreeningCode.valueOf(node.get("code").asText()), details));
            }
            return reasons;
        } catch (JsonProcessingException e) {
            throw new StorageException("stored screening unreadable", e);
        }
    }
}
