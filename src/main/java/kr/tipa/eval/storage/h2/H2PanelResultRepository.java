package kr.tipa.eval.storage.h2;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.SheetState;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.PanelResult;
import kr.tipa.eval.model.PanelResultRecord;
import kr.tipa.eval.storage.PanelResultRepository;

/** Panel results, chair pins and package ids in H2. */
public final class H2PanelResultRepository implements PanelResultRepository {

    private static final String HEADER = "SELECT id, panel_id, panel_name, seq, bundle_id, final, chair_name,"
            + " signer_name, fingerprint, file_name, file_sha256, generated_at, imported_at, imported_by, replaced_at"
            + " FROM panel_result";

    private final Sql sql;

    public H2PanelResultRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public long insert(long roundId, PanelResultRecord h, PanelResult content) {
        long id = sql.insert("INSERT INTO panel_result (round_id, panel_id, panel_name, seq, bundle_id, final,"
                + " chair_name, signer_name, fingerprint, file_name, file_sha256, generated_at, imported_at,"
                + " imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", roundId, h.panelId(),
                h.panelName(), h.seq(), h.bundleId(), h.finalResult(), h.chairName(), h.signerName(), h.fingerprint(),
                h.fileName(), h.fileSha256(), h.generatedAt(), h.importedAt(), h.importedBy());
        sql.batch("INSERT INTO panel_result_evaluator (panel_result_id, evaluator_id, name, affiliation, ordinal)"
                + " VALUES (?, ?, ?, ?, ?)", content.evaluators().stream().map(m -> new Object[] {id, m.id(),
                    m.evaluator().name(), m.evaluator().affiliation(), m.order()}).toList());
        sql.batch("INSERT INTO panel_result_application (panel_result_id, receipt_no, screening, composite, status,"
                + " rank_in_panel, exclusion_reason) VALUES (?, ?, ?, ?, ?, ?, ?)", content.applications().stream()
                        .map(a -> new Object[] {id, a.receiptNo(), a.screening(), a.composite().orElse(null), a.status(),
                            a.rank().orElse(null), a.exclusionReason().orElse(null)}).toList());
        List<Object[]> sheets = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (PanelResult.SignedSheet signed : content.sheets()) {
            ScoreSheet s = signed.sheet();
            sheets.add(new Object[] {id, s.receiptNo(), s.evaluatorId(), s.version(), s.submittedAt(),
                s.overallOpinion()});
            for (Score score : s.scores().values()) {
                if (score.scored()) {
                    scores.add(new Object[] {id, s.receiptNo(), s.evaluatorId(), score.indicatorId(), score.value(),
                        score.comment()});
                }
            }
        }
        sql.batch("INSERT INTO panel_result_sheet (panel_result_id, receipt_no, evaluator_id, version, submitted_at,"
                + " opinion) VALUES (?, ?, ?, ?, ?, ?)", sheets);
        sql.batch("INSERT INTO panel_result_score (panel_result_id, receipt_no, evaluator_id, indicator_id, score,"
                + " comment) VALUES (?, ?, ?, ?, ?, ?)", scores);
        sql.batch("INSERT INTO panel_result_conflict (panel_result_id, receipt_no, evaluator_id) VALUES (?, ?, ?)",
                content.recusals().stream().map(r -> new Object[] {id, r.receiptNo(), r.evaluatorId()}).toList());
        return id;
    }

    @Override
    public void markReplaced(long id, Instant at) {
        sql.update("UPDATE panel_result SET replaced_at = ? WHERE id = ?", at, id);
    }

    @Override
    public List<PanelResultRecord> all(long roundId) {
        return sql.list(HEADER + " WHERE round_id = ? ORDER BY panel_id, seq", H2PanelResultRepository::record,
                roundId);
    }

    @Override
    public Optional<PanelResultRecord> current(long roundId, String panelId) {
        return sql.one(HEADER + " WHERE round_id = ? AND panel_id = ? AND replaced_at IS NULL",
                H2PanelResultRepository::record, roundId, panelId);
    }

    @Override
    public boolean any(long roundId) {
        return sql.one("SELECT 1 FROM panel_result WHERE round_id = ? LIMIT 1", rs -> true, roundId).isPresent();
    }

    @Override
    public List<PanelSheet> currentSheets(long roundId) {
        Map<String, String> panels = new HashMap<>();
        Map<String, Object[]> heads = new LinkedHashMap<>();
        sql.list("SELECT r.panel_id, s.receipt_no, s.evaluator_id, s.version, s.submitted_at, s.opinion"
                + " FROM panel_result r JOIN panel_result_sheet s ON s.panel_result_id = r.id"
                + " WHERE r.round_id = ? AND r.replaced_at IS NULL ORDER BY r.panel_id, s.receipt_no, s.evaluator_id",
                rs -> {
                    String key = key(rs.getString(2), rs.getString(3));
                    panels.put(key, rs.getString(1));
                    heads.put(key, new Object[] {rs.getString(2), rs.getString(3), rs.getInt(4),
                        Sql.instant(rs, "submitted_at"), rs.getString(6)});
                    return null;
                }, roundId);
        Map<String, Map<String, Score>> scores = new HashMap<>();
        sql.list("SELECT c.receipt_no, c.evaluator_id, c.indicator_id, c.score, c.comment FROM panel_result r"
                + " JOIN panel_result_score c ON c.panel_result_id = r.id WHERE r.round_id = ? AND r.replaced_at IS NULL",
                rs -> scores.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new HashMap<>())
                        .put(rs.getString(3), new Score(rs.getString(3), rs.getBigDecimal(4), rs.getString(5))),
                roundId);
        List<PanelSheet> list = new ArrayList<>(heads.size());
        heads.forEach((key, h) -> list.add(new PanelSheet(panels.get(key), new ScoreSheet((String) h[0],
                (String) h[1], (Integer) h[2], SheetState.SUBMITTED, scores.getOrDefault(key, Map.of()),
                (String) h[4], (Instant) h[3], (Instant) h[3]))));
        return list;
    }

    @Override
    public List<PanelEvaluator> currentEvaluators(long roundId) {
        return sql.list("SELECT r.panel_id, e.evaluator_id, e.name, e.affiliation, e.ordinal FROM panel_result r"
                + " JOIN panel_result_evaluator e ON e.panel_result_id = r.id WHERE r.round_id = ?"
                + " AND r.replaced_at IS NULL ORDER BY r.panel_id, e.ordinal, e.evaluator_id",
                rs -> new PanelEvaluator(rs.getString(1), new PanelMember(new Evaluator(rs.getString(2),
                        rs.getString(3), rs.getString(4)), rs.getInt(5), false)), roundId);
    }

    @Override
    public Map<String, String> currentExclusions(long roundId) {
        Map<String, String> exclusions = new LinkedHashMap<>();
        sql.list("SELECT a.receipt_no, a.exclusion_reason FROM panel_result r JOIN panel_result_application a"
                + " ON a.panel_result_id = r.id WHERE r.round_id = ? AND r.replaced_at IS NULL"
                + " AND a.exclusion_reason IS NOT NULL ORDER BY a.receipt_no",
                rs -> exclusions.put(rs.getString(1), rs.getString(2)), roundId);
        return exclusions;
    }

    @Override
    public Map<String, List<String>> currentRecusals(long roundId) {
        Map<String, List<String>> recusals = new LinkedHashMap<>();
        sql.list("SELECT c.receipt_no, c.evaluator_id FROM panel_result r JOIN panel_result_conflict c"
                + " ON c.panel_result_id = r.id WHERE r.round_id = ? AND r.replaced_at IS NULL"
                + " ORDER BY c.receipt_no, c.evaluator_id",
                rs -> recusals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)), roundId);
        return recusals;
    }

    @Override
    public List<PanelResult.Signed> signedOutcomes(long panelResultId) {
        return sql.list("SELECT receipt_no, screening, composite, status, rank_in_panel, exclusion_reason"
                + " FROM panel_result_application WHERE panel_result_id = ? ORDER BY receipt_no", rs -> {
                    BigDecimal composite = rs.getBigDecimal(3);
                    int rank = rs.getInt(5);
                    Optional<Integer> ranked = rs.wasNull() ? Optional.empty() : Optional.of(rank);
                    return new PanelResult.Signed(rs.getString(1), ScreeningStatus.valueOf(rs.getString(2)),
                            Optional.ofNullable(composite).map(c -> c.stripTrailingZeros()),
                            SelectionStatus.valueOf(rs.getString(4)), ranked, Set.of(),
                            Optional.ofNullable(rs.getString(6)));
                }, panelResultId);
    }

    @Override
    public Optional<ChairPin> chairPin(String programCode, String panelId) {
        return sql.one("SELECT program_code, panel_id, fingerprint, certificate, signer_name, pinned_at"
                + " FROM panel_chair_pin WHERE program_code = ? AND panel_id = ?",
                rs -> new ChairPin(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5),
                        Sql.instant(rs, "pinned_at")), programCode, panelId);
    }

    @Override
    public void pinChair(ChairPin pin) {
        sql.update("INSERT INTO panel_chair_pin (program_code, panel_id, fingerprint, certificate, signer_name,"
                + " pinned_at) VALUES (?, ?, ?, ?, ?, ?)", pin.programCode(), pin.panelId(), pin.fingerprint(),
                pin.der(), pin.signerName(), pin.pinnedAt());
    }

    private static PanelResultRecord record(ResultSet rs) throws SQLException {
        return new PanelResultRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                Sql.instant(rs, "generated_at"), Sql.instant(rs, "imported_at"), rs.getString(14),
                Optional.ofNullable(Sql.instant(rs, "replaced_at")));
    }

    private static String key(String receipt, String evaluator) {
        return receipt + "\u0000" + evaluator;
    }
}
