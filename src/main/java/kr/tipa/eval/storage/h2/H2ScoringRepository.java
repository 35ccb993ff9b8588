package kr.tipa.eval.storage.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.SheetState;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.storage.ScoringRepository;

/** Score sheets, conflicts and pledges in H2. */
public final class H2ScoringRepository implements ScoringRepository {

    private static final String SHEET_SELECT = "SELECT s.id, a.receipt_no, s.evaluator_id, s.version, s.state,"
            + " s.overall_opinion, s.updated_at, s.submitted_at FROM sheet s JOIN application a ON a.id = s.application_id";
    private static final String SCORE_SELECT = "SELECT c.sheet_id, c.indicator_id, c.score_value, c.comment_text"
            + " FROM score c JOIN sheet s ON s.id = c.sheet_id JOIN application a ON a.id = s.application_id";
    private static final String NEWEST = "s.version = (SELECT MAX(s2.version) FROM sheet s2"
            + " WHERE s2.application_id = s.application_id AND s2.evaluator_id = s.evaluator_id)";
    private static final String NEWEST_SUBMITTED = "s.state = 'SUBMITTED' AND s.version = (SELECT MAX(s2.version)"
            + " FROM sheet s2 WHERE s2.application_id = s.application_id AND s2.evaluator_id = s.evaluator_id"
            + " AND s2.state = 'SUBMITTED')";
    private static final String THIS_VERSION = "s.application_id = ? AND s.evaluator_id = ? AND s.version = ?";

    private final Sql sql;

    public H2ScoringRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public Optional<ScoreSheet> latest(long applicationId, String evaluatorId) {
        List<ScoreSheet> sheets = sheets("s.application_id = ? AND s.evaluator_id = ? AND " + NEWEST,
                applicationId, evaluatorId);
        return sheets.isEmpty() ? Optional.empty() : Optional.of(sheets.get(0));
    }

    @Override
    public List<ScoreSheet> versions(long applicationId, String evaluatorId) {
        return sheets("s.application_id = ? AND s.evaluator_id = ?", applicationId, evaluatorId);
    }

    @Override
    public void createDraft(long applicationId, String evaluatorId, int version, Optional<ScoreSheet> copyOf,
            Instant at) {
        long id = sql.insert("INSERT INTO sheet (application_id, evaluator_id, version, state, overall_opinion,"
                + " updated_at) VALUES (?, ?, ?, 'DRAFT', ?, ?)", applicationId, evaluatorId, version,
                copyOf.map(ScoreSheet::overallOpinion).orElse(""), at);
        copyOf.ifPresent(previous -> insertScores(id, previous.scores().values()));
    }

    @Override
    public boolean putScore(long applicationId, String evaluatorId, int version, Score score, Instant at) {
        Optional<Long> id = touchDraft(applicationId, evaluatorId, version, at);
        id.ifPresent(sheetId -> sql.update("MERGE INTO score (sheet_id, indicator_id, score_value, comment_text)"
                + " KEY (sheet_id, indicator_id) VALUES (?, ?, ?, ?)", sheetId, score.indicatorId(), score.value(),
                score.comment()));
        return id.isPresent();
    }

    @Override
    public boolean putOpinion(long applicationId, String evaluatorId, int version, String opinion, Instant at) {
        return sql.update("UPDATE sheet s SET overall_opinion = ?, updated_at = ? WHERE " + THIS_VERSION
                + " AND s.state = 'DRAFT'", opinion, at, applicationId, evaluatorId, version) == 1;
    }

    @Override
    public boolean submit(long applicationId, String evaluatorId, int version, Instant at, String contentSha256,
            byte[] signature) {
        return sql.update("UPDATE sheet s SET state = 'SUBMITTED', submitted_at = ?, updated_at = ?,"
                + " content_sha256 = ?, signature = ? WHERE " + THIS_VERSION + " AND s.state = 'DRAFT'",
                at, at, contentSha256, signature, applicationId, evaluatorId, version) == 1;
    }

    @Override
    public boolean markProxy(long applicationId, String evaluatorId, int version, ProxySource source, Instant at) {
        return sql.update("UPDATE sheet s SET origin = 'PROXY', entered_by = ?, entered_at = ?, source_file = ?,"
                + " source_sha256 = ? WHERE " + THIS_VERSION + " AND s.state = 'DRAFT'", source.enteredBy(), at,
                source.sourceFile(), source.sourceSha256(), applicationId, evaluatorId, version) == 1;
    }

    @Override
    public Optional<String> origin(long applicationId, String evaluatorId, int version) {
        return sql.one("SELECT s.origin FROM sheet s WHERE " + THIS_VERSION, rs -> rs.getString(1), applicationId,
                evaluatorId, version);
    }

    @Override
    public List<ProxyEntry> proxyEntriesOfRound(long roundId) {
        return sql.list("SELECT a.receipt_no, s.evaluator_id, s.version, s.entered_by, s.source_file,"
                + " s.source_sha256, s.entered_at FROM sheet s JOIN application a ON a.id = s.application_id"
                + " WHERE a.round_id = ? AND a.withdrawn = FALSE AND s.origin = 'PROXY'"
                + " ORDER BY a.receipt_no, s.evaluator_id, s.version",
                rs -> new ProxyEntry(rs.getString(1), rs.getString(2), rs.getInt(3),
                        new ProxySource(rs.getString(4), rs.getString(5), rs.getString(6)),
                        Sql.instant(rs, "entered_at")), roundId);
    }

    @Override
    public void insertSubmitted(long applicationId, ScoreSheet sheet, String origin, String contentSha256,
            byte[] signature) {
        long id = sql.insert("INSERT INTO sheet (application_id, evaluator_id, version, state, overall_opinion,"
                + " updated_at, submitted_at, origin, content_sha256, signature)"
                + " VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?)", applicationId, sheet.evaluatorId(),
                sheet.version(), sheet.overallOpinion(), sheet.submittedAt(), sheet.submittedAt(), origin,
                contentSha256, signature);
        insertScores(id, sheet.scores().values());
    }

    @Override
    public List<ScoreSheet> latestSubmittedOfRound(long roundId) {
        return sheets("a.round_id = ? AND a.withdrawn = FALSE AND " + NEWEST_SUBMITTED, roundId);
    }

    @Override
    public List<ScoreSheet> allVersionsOfRound(long roundId) {
        return sheets("a.round_id = ? AND a.withdrawn = FALSE", roundId);
    }

    @Override
    public List<ScoreSheet> latestOfRound(long roundId, String evaluatorId) {
        return sheets("a.round_id = ? AND a.withdrawn = FALSE AND s.evaluator_id = ? AND " + NEWEST, roundId,
                evaluatorId);
    }

    @Override
    public void addConflict(long applicationId, Conflict c) {
        sql.update("INSERT INTO conflict (application_id, evaluator_id, reason, declared_at) VALUES (?, ?, ?, ?)",
                applicationId, c.evaluatorId(), c.reason(), c.declaredAt());
    }

    /**
     * Declared conflicts and the agency's 제척 of the round's newest signed bundle (dated when that bundle was
     * imported); where both name the same pair, the agency's stands.
     */
    @Override
    public List<Conflict> conflictsOfRound(long roundId) {
        Map<String, Conflict> conflicts = new java.util.TreeMap<>();
        sql.list("SELECT a.receipt_no, c.evaluator_id, c.reason, c.declared_at FROM conflict c"
                + " JOIN application a ON a.id = c.application_id WHERE a.round_id = ? AND a.withdrawn = FALSE",
                rs -> conflicts.put(rs.getString(1) + "\u0000" + rs.getString(2), new Conflict(rs.getString(1),
                        rs.getString(2), rs.getString(3), Sql.instant(rs, "declared_at"))), roundId);
        sql.list("SELECT g.receipt_no, g.evaluator_id, g.reason, b.imported_at FROM agency_conflict g"
                + " JOIN application a ON a.round_id = g.round_id AND a.receipt_no = g.receipt_no"
                + " JOIN round_setup s ON s.round_id = g.round_id JOIN bundle b ON b.bundle_id = s.bundle_id"
                + " WHERE g.round_id = ? AND a.withdrawn = FALSE",
                rs -> conflicts.put(rs.getString(1) + "\u0000" + rs.getString(2), new Conflict(rs.getString(1),
                        rs.getString(2), rs.getString(3), Sql.instant(rs, "imported_at"), true)), roundId);
        return List.copyOf(conflicts.values());
    }

    @Override
    public void acceptPledge(long roundId, String evaluatorId, Instant at, String text) {
        sql.update("MERGE INTO pledge (round_id, evaluator_id, accepted_at, pledge_text) KEY (round_id, evaluator_id)"
                + " VALUES (?, ?, ?, ?)", roundId, evaluatorId, at, text);
    }

    @Override
    public Optional<Instant> pledgeAcceptedAt(long roundId, String evaluatorId) {
        return sql.one("SELECT accepted_at FROM pledge WHERE round_id = ? AND evaluator_id = ?",
                rs -> Sql.instant(rs, "accepted_at"), roundId, evaluatorId);
    }

    @Override
    public Optional<SignedContent> signature(long applicationId, String evaluatorId, int version) {
        return sql.one("SELECT s.content_sha256, s.signature, s.origin FROM sheet s WHERE " + THIS_VERSION
                + " AND s.state = 'SUBMITTED'", rs -> new SignedContent(rs.getString(1), rs.getBytes(2),
                        rs.getString(3)), applicationId, evaluatorId, version);
    }

    private Optional<Long> touchDraft(long applicationId, String evaluatorId, int version, Instant at) {
        Optional<Long> id = sql.one("SELECT s.id FROM sheet s WHERE " + THIS_VERSION + " AND s.state = 'DRAFT'",
                rs -> rs.getLong(1), applicationId, evaluatorId, version);
        id.ifPresent(sheetId -> sql.update("UPDATE sheet SET updated_at = ? WHERE id = ?", at, sheetId));
        return id;
    }

    private void insertScores(long sheetId, Iterable<Score> scores) {
        List<Object[]> rows = new ArrayList<>();
        for (Score score : scores) {
            rows.add(new Object[] {sheetId, score.indicatorId(), score.value(), score.comment()});
        }
        sql.batch("INSERT INTO score (sheet_id, indicator_id, score_value, comment_text) VALUES (?, ?, ?, ?)", rows);
    }

    /** Sheets matching {@code where} (over {@code s} sheet and {@code a} application) with their scores. */
    private List<ScoreSheet> sheets(String where, Object... args) {
        Map<Long, Map<String, Score>> scores = new HashMap<>();
        sql.list(SCORE_SELECT + " WHERE " + where, rs -> scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                .put(rs.getString(2), new Score(rs.getString(2), Decimals.stripped(rs.getBigDecimal(3)), rs.getString(4))), args);
        return sql.list(SHEET_SELECT + " WHERE " + where + " ORDER BY a.receipt_no, s.evaluator_id, s.version",
                rs -> sheet(rs, scores.getOrDefault(rs.getLong(1), Map.of())), args);
    }

    private static ScoreSheet sheet(ResultSet rs, Map<String, Score> scores) throws SQLException {
        return new ScoreSheet(rs.getString(2), rs.getString(3), rs.getInt(4), SheetState.valueOf(rs.getString(5)),
                scores, rs.getString(6), Sql.instant(rs, "updated_at"), Sql.instant(rs, "submitted_at"));
    }
}
