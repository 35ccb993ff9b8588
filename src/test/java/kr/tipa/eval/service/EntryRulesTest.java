package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.RawDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may put scores into a sheet on a laptop: the own evaluator after their pledge, on every route; anyone
 * else only as the chair's proxy entry, which needs no pledge of theirs but the pledge of the person at the
 * laptop when that person is on the panel; and a proxy entry is never signed.
 */
class EntryRulesTest {

    private static final String R1 = "2024-EXP-0001";
    private static final String R2 = "2024-EXP-0002";
    private static final ProxySource PAPER = new ProxySource("김위원장", "E2-서면.csv", Panels.sha256("E2 서면"));

    @TempDir
    Path root;

    private AppContext context;
    private Round round;

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(root.resolve("data"));
        Path zip = root.resolve("round.zip");
        Fixtures.bundle(3).write(zip);
        round = Panels.importBundle(context, zip);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ScoringService scoring() {
        return context.scoring();
    }

    private void scoreAll(Typing typing, String receipt, String evaluator) {
        for (Indicator indicator : round.program().rubric().indicators()) {
            typing.setScore(round, receipt, evaluator, indicator.id(), BigDecimal.valueOf(7));
        }
    }

    private void scoreAllOwn(String receipt, String evaluator) {
        for (Indicator indicator : round.program().rubric().indicators()) {
            scoring().setScore(round, receipt, evaluator, indicator.id(), BigDecimal.valueOf(7));
        }
    }

    private static Consumer<Throwable> refusedWith(String key, String... named) {
        return e -> {
            assertThat(e).isInstanceOf(RefusedException.class);
            Localizable reason = ((RefusedException) e).reasons().get(0);
            assertThat(reason.key()).isEqualTo(key);
            assertThat(reason.args()).map(String::valueOf).contains(named);
        };
    }

    private List<ScoreCsv.Row> rows(String receipt) {
        List<ScoreCsv.Row> rows = new ArrayList<>();
        for (Indicator indicator : round.program().rubric().indicators()) {
            rows.add(new ScoreCsv.Row(rows.size() + 2, receipt, indicator.id(), BigDecimal.valueOf(8), ""));
        }
        return rows;
    }

    @Test
    void withoutThePledgeTheOwnEvaluatorIsRefusedOnEveryRouteAndNothingIsWritten() {
        context.evaluators().add("E1", "홍길동", "협회", true);
        String program = round.program().name();
        Consumer<Throwable> noPledge = refusedWith("scoring.refused.noPledge", "E1", "홍길동", program,
                round.programCode());
        assertThatThrownBy(() -> scoring().setScore(round, R1, "E1", "GLOBAL_1", BigDecimal.ONE)).satisfies(noPledge);
        assertThatThrownBy(() -> scoring().setComment(round, R1, "E1", "GLOBAL_1", "의견")).satisfies(noPledge);
        assertThatThrownBy(() -> scoring().setOpinion(round, R1, "E1", "종합")).satisfies(noPledge);
        assertThatThrownBy(() -> scoring().submit(round, R1, "E1")).satisfies(noPledge);
        assertThatThrownBy(() -> scoring().startCorrection(round, R1, "E1")).satisfies(noPledge);
        assertThatThrownBy(() -> context.scoreLoads().load(round, "E1", Panels.parsed("E1.csv", rows(R1)), "홍길동",
                false)).satisfies(noPledge);
        assertThat(scoring().versions(round, R1, "E1")).isEmpty();

        Panels.pledge(context, round, "E1");
        scoreAllOwn(R1, "E1");
        assertThat(scoring().submit(round, R1, "E1").submitted()).isTrue();
        context.scoreLoads().load(round, "E1", Panels.parsed("E1.csv", rows(R2)), "홍길동", false);
        assertThat(scoring().sheet(round, R2, "E1").submitted()).isTrue();
    }

    @Test
    void anotherEvaluatorsScoresAreRefusedUnlessTypedAsAProxyEntry() {
        context.evaluators().add("E2", "김철수", "협회", false);
        assertThatThrownBy(() -> scoring().setScore(round, R1, "E2", "GLOBAL_1", BigDecimal.ONE))
                .satisfies(refusedWith("scoring.refused.notSelf", "E2", "김철수"));
        assertThatThrownBy(() -> scoring().submit(round, R1, "E2"))
                .satisfies(refusedWith("scoring.refused.notSelf", "E2"));
        assertThat(scoring().versions(round, R1, "E2")).isEmpty();

        // a chair's database with no own evaluator: no pledge is asked of anyone for a proxy entry
        Typing typing = scoring().proxy(PAPER);
        scoreAll(typing, R1, "E2");
        ScoreSheet submitted = typing.submit(round, R1, "E2");
        assertThat(submitted.submitted()).isTrue();
        assertThat(scoring().pledgeAcceptedAt(round, "E2")).isEmpty();
    }

    @Test
    void aChairWhoIsOnThePanelPledgesBeforeTypingAnyonesScores() {
        context.evaluators().add("E1", "홍길동", "협회", true);
        context.evaluators().add("E2", "김철수", "협회", false);
        Typing typing = scoring().proxy(PAPER);
        assertThatThrownBy(() -> typing.setScore(round, R1, "E2", "GLOBAL_1", BigDecimal.ONE))
                .satisfies(refusedWith("scoring.refused.chairNoPledge", "E1", "홍길동", round.programCode()));
        assertThatThrownBy(() -> context.scoreLoads().load(round, "E2", Panels.parsed("E2.csv", rows(R1)), "홍길동",
                false)).satisfies(refusedWith("scoring.refused.chairNoPledge", "E1"));
        assertThat(scoring().versions(round, R1, "E2")).isEmpty();

        Panels.pledge(context, round, "E1");
        scoreAll(typing, R1, "E2");
        assertThat(typing.submit(round, R1, "E2").submitted()).isTrue();
        // their own scores are never a proxy entry
        assertThatThrownBy(() -> scoring().proxy(PAPER).setScore(round, R1, "E1", "GLOBAL_1", BigDecimal.ONE))
                .satisfies(refusedWith("scoring.refused.proxyForSelf", "E1"));
    }

    @Test
    void onlyTheOwnSubmissionIsSignedAndAProxyEntryNeverIsEvenWithAKeyInThatName() throws Exception {
        context.evaluators().add("E1", "홍길동", "협회", true);
        context.keys().create("E1", "홍길동", "협회");
        context.evaluators().add("E2", "김철수", "협회", false);
        // a key made here in E2's name (as older versions did) must still sign nothing of theirs
        context.keys().create("E2", "김철수", "협회");
        Panels.pledge(context, round, "E1");
        scoreAllOwn(R1, "E1");
        scoring().submit(round, R1, "E1");
        Typing typing = scoring().proxy(PAPER);
        scoreAll(typing, R1, "E2");
        typing.submit(round, R1, "E2");
        // a correction typed by proxy is again a proxy entry, with the newest source
        ProxySource second = new ProxySource("김위원장", "E2-정정.csv", Panels.sha256("E2 정정"));
        scoring().proxy(second).startCorrection(round, R1, "E2");
        scoring().proxy(second).setScore(round, R1, "E2", "GLOBAL_1", BigDecimal.valueOf(9));
        scoring().proxy(second).submit(round, R1, "E2");

        try (Connection c = RawDatabase.open(root.resolve("data"), Panels.PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("SELECT evaluator_id, version, origin, signature,"
                        + " source_file FROM sheet ORDER BY evaluator_id, version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + rs.getInt(2) + rs.getString(3)).isEqualTo("E11LOCAL");
            assertThat(rs.getBytes(4)).hasSizeGreaterThan(100);
            assertThat(rs.getString(5)).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + rs.getInt(2) + rs.getString(3)).isEqualTo("E21PROXY");
            assertThat(rs.getBytes(4)).isNull();
            assertThat(rs.getString(5)).isEqualTo("E2-서면.csv");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + rs.getInt(2) + rs.getString(3)).isEqualTo("E22PROXY");
            assertThat(rs.getBytes(4)).isNull();
            assertThat(rs.getString(5)).isEqualTo("E2-정정.csv");
        }
        var outcome = context.results().results(round).outcomes().stream()
                .filter(o -> o.receiptNo().equals(R1)).findFirst().orElseThrow();
        assertThat(outcome.proxy("E2")).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.sourceFile()).isEqualTo("E2-정정.csv");
        });
        assertThat(outcome.proxy("E1")).isEmpty();
        assertThat(context.audit().all()).filteredOn(e -> e.action().equals("PROXY_SUBMISSION"))
                .hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("김위원장"));
    }

    @Test
    void noSheetSomeoneElseTypedIsExportedAsTheEvaluatorsSignedSheet() throws Exception {
        context.evaluators().add("E2", "김철수", "협회", false);
        Typing typing = scoring().proxy(PAPER);
        scoreAll(typing, R1, "E2");
        typing.submit(round, R1, "E2");
        assertThatThrownBy(() -> context.sheetExports().export(round, "E2", root.resolve("E2.xlsx")))
                .satisfies(refusedWith("sheets.refused.notSelf", "E2", "김철수"));
        // even were E2 to become this folder's evaluator afterwards (a folder of an older version, say)
        context.close();
        try (Connection c = RawDatabase.open(root.resolve("data"), Panels.PASSWORD)) {
            c.createStatement().executeUpdate("UPDATE evaluator SET is_self = TRUE WHERE id = 'E2'");
        }
        context = Panels.open(root.resolve("data"));
        context.keys().create("E2", "김철수", "협회");
        assertThatThrownBy(() -> context.sheetExports().export(round, "E2", root.resolve("E2.xlsx")))
                .satisfies(refusedWith("sheets.refused.proxy", "E2", R1));
        assertThat(root.resolve("E2.xlsx")).doesNotExist();
    }
}
