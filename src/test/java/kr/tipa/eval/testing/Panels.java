package kr.tipa.eval.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoreCsv;

/**
 * Panels with scores built straight through the services, as the {@code scores load} command would:
 * every indicator of an application gets the same score, so an evaluator's total is ten times it. On a
 * chair's database (no own evaluator) such scores are the chair's proxy entries, entered by {@link #CHAIR};
 * on an evaluator's own database they are theirs, after their pledge.
 */
public final class Panels {

    public static final String PASSWORD = "test-password";
    /** Who enters the scores of evaluators other than the database's own. */
    public static final String CHAIR = "김위원장";

    private Panels() {
    }

    /** A context on {@code folder} whose signing keys open with {@link #PASSWORD}. */
    public static AppContext open(Path folder) {
        return new AppContext(folder, Messages.korean(), Clock.systemDefaultZone(), PASSWORD::toCharArray);
    }

    public static Round importBundle(AppContext context, Path bundle) throws Exception {
        context.imports().importBundle(bundle, false, "test", ReadProgress.NONE);
        return context.rounds().require(null);
    }

    /** Submits (or, with {@code draft}, keeps as drafts) one evaluator's sheets. */
    public static void score(AppContext context, Round round, String evaluatorId, Map<String, Integer> perIndicator,
            boolean draft) {
        List<ScoreCsv.Row> rows = new ArrayList<>();
        int line = 2;
        for (Map.Entry<String, Integer> e : perIndicator.entrySet()) {
            for (Indicator indicator : round.program().rubric().indicators()) {
                rows.add(new ScoreCsv.Row(line++, e.getKey(), indicator.id(), BigDecimal.valueOf(e.getValue()), ""));
            }
        }
        context.scoreLoads().load(round, evaluatorId, parsed(evaluatorId + ".csv", rows), CHAIR, draft);
    }

    /** Rows as if read from a file called {@code name}; its hash is over the rows' text. */
    public static ScoreCsv.Parsed parsed(String name, List<ScoreCsv.Row> rows) {
        StringBuilder text = new StringBuilder("receiptNo,indicatorId,score,comment\n");
        rows.forEach(r -> text.append(r.receiptNo()).append(',').append(r.indicatorId()).append(',')
                .append(r.score().toPlainString()).append(',').append(r.comment()).append('\n'));
        return new ScoreCsv.Parsed(name, sha256(text.toString()), rows);
    }

    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The evaluator's pledge for the round, as the window records it. */
    public static void pledge(AppContext context, Round round, String evaluatorId) {
        context.scoring().acceptPledge(round, evaluatorId, "보안·청렴 서약 (시험)");
    }

    public static void score(AppContext context, Round round, String evaluatorId, Map<String, Integer> perIndicator) {
        score(context, round, evaluatorId, perIndicator, false);
    }

    /**
     * An evaluator's signed sheet workbook made on their own database ({@code folder}): a key of their own,
     * the given scores submitted, exported {@code exports} times (the last file is returned).
     */
    public static Path signedSheets(Path folder, Path bundle, String evaluatorId, String name,
            Map<String, Integer> perIndicator, int exports) throws Exception {
        try (AppContext evaluator = open(folder)) {
            Round round = importBundle(evaluator, bundle);
            evaluator.evaluators().add(evaluatorId, name, "한국무역협회", true);
            evaluator.keys().create(evaluatorId, name, "한국무역협회");
            pledge(evaluator, round, evaluatorId);
            score(evaluator, round, evaluatorId, perIndicator);
            Path file = null;
            for (int i = 1; i <= exports; i++) {
                file = folder.resolve(evaluatorId + "-" + i + ".xlsx");
                evaluator.sheetExports().export(round, evaluatorId, file);
            }
            return file;
        }
    }
}
