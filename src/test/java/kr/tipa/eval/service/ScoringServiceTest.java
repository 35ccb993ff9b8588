package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import java.math.BigDecimal;
import java.nio.file.Path;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.SheetState;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.WorkItem;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring on a real H2 file database: autosave, validation, submission, versions, conflicts. */
class ScoringServiceTest {

    private static final String R1 = "2024-EXP-0001";

    @TempDir
    Path root;

    private AppContext context;
    private Round round;

    @BeforeEach
    void open() throws Exception {
        context = new AppContext(root.resolve("data"), Messages.korean());
        Path zip = root.resolve("round.zip");
        Fixtures.bundle(3).write(zip);
        context.imports().importBundle(zip, false, "test", ReadProgress.NONE);
        round = context.rounds().require(null);
        context.evaluators().add("kim", "김평가", "한국무역협회", true);
        context.scoring().acceptPledge(round, "kim", "보안·청렴 서약");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ScoringService scoring() {
        return context.scoring();
    }

    private void scoreAll(String receipt, int value) {
        for (Indicator indicator : round.program().rubric().indicators()) {
            scoring().setScore(round, receipt, "kim", indicator.id(), BigDecimal.valueOf(value));
        }
    }

    @Test
    void everyChangeIsStoredAtOnceAndSurvivesReopening() {
        scoring().setScore(round, R1, "kim", "GLOBAL_1", new BigDecimal("7"));
        scoring().setComment(round, R1, "kim", "GLOBAL_1", "시장 분석이 구체적임");
        scoring().setOpinion(round, R1, "kim", "전반적으로 우수");
        context.close();
        context = new AppContext(root.resolve("data"), Messages.korean());
        ScoreSheet sheet = scoring().sheet(round, R1, "kim");
        assertThat(sheet.value("GLOBAL_1")).hasValue(new BigDecimal("7"));
        assertThat(sheet.comment("GLOBAL_1")).isEqualTo("시장 분석이 구체적임");
        assertThat(sheet.overallOpinion()).isEqualTo("전반적으로 우수");
        assertThat(sheet.state()).isEqualTo(SheetState.DRAFT);
    }

    @Test
    void valuesOutsideTheRubricAreRefusedWithTheirReason() {
        RefusedException above = catchThrowableOfType(RefusedException.class,
                () -> scoring().setScore(round, R1, "kim", "GLOBAL_1", new BigDecimal("11")));
        assertThat(above.reasons().get(0).key()).isEqualTo("scoring.refused.ABOVE_MAXIMUM");
        assertThat(above.render(Messages.korean())).contains("10점");
        assertThat(catchThrowableOfType(RefusedException.class,
                () -> scoring().setScore(round, R1, "kim", "GLOBAL_1", new BigDecimal("-1"))).reasons().get(0).key())
                .isEqualTo("scoring.refused.NEGATIVE");
        assertThat(catchThrowableOfType(RefusedException.class,
                () -> scoring().setScore(round, R1, "kim", "GLOBAL_1", new BigDecimal("6.5"))).reasons().get(0).key())
                .isEqualTo("scoring.refused.OFF_STEP");
        assertThat(scoring().sheet(round, R1, "kim").isEmpty()).isTrue();
        scoring().setScore(round, R1, "kim", "GLOBAL_1", new BigDecimal("10"));
        scoring().setScore(round, R1, "kim", "GLOBAL_2", new BigDecimal("0"));
        assertThat(scoring().sheet(round, R1, "kim").total()).isEqualByComparingTo("10");
    }

    @Test
    void onlyACompleteSheetCanBeSubmittedAndThenItIsReadOnly() {
        scoring().setScore(round, R1, "kim", "GLOBAL_1", BigDecimal.ONE);
        assertThatThrownBy(() -> scoring().submit(round, R1, "kim")).isInstanceOf(RefusedException.class);
        scoreAll(R1, 8);
        ScoreSheet submitted = scoring().submit(round, R1, "kim");
        assertThat(submitted.state()).isEqualTo(SheetState.SUBMITTED);
        assertThat(submitted.total()).isEqualByComparingTo("80");
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> scoring().setScore(round, R1, "kim", "GLOBAL_1", BigDecimal.TEN));
        assertThat(refused.reasons().get(0).key()).isEqualTo("scoring.refused.readOnly");
        assertThat(scoring().sheet(round, R1, "kim").value("GLOBAL_1")).hasValue(new BigDecimal("8"));
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneIsKept() {
        scoreAll(R1, 8);
        scoring().submit(round, R1, "kim");
        ScoreSheet draft = scoring().startCorrection(round, R1, "kim");
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.total()).isEqualByComparingTo("80");
        scoring().setScore(round, R1, "kim", "GLOBAL_1", BigDecimal.TEN);
        assertThat(scoring().workload(round, "kim").get(0).state()).isEqualTo(WorkState.CORRECTING);
        // Until the correction is submitted, the first version is the one that counts.
        assertThat(context.results().results(round).outcomes().stream()
                .filter(o -> o.receiptNo().equals(R1)).findFirst().orElseThrow().aggregation().totals())
                .extracting(t -> t.total().toPlainString()).containsExactly("80");
        scoring().submit(round, R1, "kim");
        assertThat(scoring().versions(round, R1, "kim")).extracting(ScoreSheet::version, ScoreSheet::state,
                s -> s.total().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, SheetState.SUBMITTED, "80"),
                        org.assertj.core.groups.Tuple.tuple(2, SheetState.SUBMITTED, "82"));
        assertThat(context.audit().all()).extracting(e -> e.action())
                .contains("SUBMISSION", "SUBMISSION_VERSION");
    }

    @Test
    void aSheetIsSignedOnlyAsItWasShown() {
        scoreAll(R1, 6);
        java.util.Map<String, BigDecimal> shown = new java.util.LinkedHashMap<>();
        round.program().rubric().indicators().forEach(i -> shown.put(i.id(), new BigDecimal("6")));
        shown.put("EXPORT_PLAN_1", new BigDecimal("7"));
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> scoring().submit(round, R1, "kim", shown));
        assertThat(refused.reasons().get(0).key()).isEqualTo("scoring.refused.notAsShown");
        assertThat(refused.render(Messages.korean())).contains("EXPORT_PLAN_1").contains("화면에서는 7")
                .contains("저장된 값은 6");
        // Shown as unscored while stored: refused too.
        shown.put("EXPORT_PLAN_1", null);
        assertThat(catchThrowableOfType(RefusedException.class, () -> scoring().submit(round, R1, "kim", shown))
                .reasons().get(0).key()).isEqualTo("scoring.refused.notAsShown");
        assertThat(scoring().sheet(round, R1, "kim").submitted()).isFalse();
        assertThat(context.audit().all()).noneMatch(e -> e.action().equals("SUBMISSION"));
        // 6.0 shown for a stored 6 is the same score.
        shown.put("EXPORT_PLAN_1", new BigDecimal("6.0"));
        assertThat(scoring().submit(round, R1, "kim", shown).submitted()).isTrue();
    }

    /** A new version of the round may bring another rubric under a draft: what it no longer allows is not signed. */
    @Test
    void aStoredValueTheRubricNoLongerAllowsIsNotSigned() throws Exception {
        importMini("mini-1", 0.5);
        Round mini = context.rounds().require(null);
        scoring().setScore(mini, R1, "kim", "ONLY_1", new BigDecimal("7.5"));
        scoring().setScore(mini, R1, "kim", "ONLY_2", new BigDecimal("8"));
        importMini("mini-2", 1);
        Round stricter = context.rounds().require(null);
        assertThat(stricter.program().rubric().step()).isEqualByComparingTo("1");
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> scoring().submit(stricter, R1, "kim"));
        assertThat(refused.reasons()).extracting(r -> r.key()).containsExactly("scoring.refused.storedNotAllowed");
        assertThat(refused.render(Messages.korean())).contains("ONLY_1").contains("7.5");
        assertThat(scoring().sheet(stricter, R1, "kim").submitted()).isFalse();
        scoring().setScore(stricter, R1, "kim", "ONLY_1", new BigDecimal("7"));
        assertThat(scoring().submit(stricter, R1, "kim").submitted()).isTrue();
    }

    private void importMini(String bundleId, double step) throws Exception {
        kr.tipa.eval.bundle.BundleWriter writer = Fixtures.bundle(Fixtures.manifest(bundleId), 3);
        var program = Fixtures.object(writer.manifest(), "program");
        var rubric = program.putObject("rubric");
        rubric.put("id", "MINI").put("name", "작은 지표").put("maxTotal", 20).put("step", step);
        var category = rubric.putArray("categories").addObject().put("id", "ONLY").put("name", "하나")
                .put("maxPoints", 20);
        var indicators = category.putArray("indicators");
        indicators.addObject().put("id", "ONLY_1").put("text", "첫째").put("maxPoints", 12);
        indicators.addObject().put("id", "ONLY_2").put("text", "둘째").put("maxPoints", 8);
        program.putArray("tieBreak").add("ONLY").add("SUBMITTED_AT");
        program.put("cutoff", 12);
        Path zip = root.resolve(bundleId + ".zip");
        writer.write(zip);
        context.imports().importBundle(zip, true, "test", ReadProgress.NONE);
    }

    @Test
    void workloadShowsEachState() {
        scoring().setScore(round, "2024-EXP-0001", "kim", "GLOBAL_1", BigDecimal.ONE);
        scoreAll("2024-EXP-0002", 5);
        scoring().submit(round, "2024-EXP-0002", "kim");
        scoring().declareConflict(round, "2024-EXP-0003", "kim", "대표이사가 친척");
        assertThat(scoring().workload(round, "kim")).extracting(WorkItem::receiptNo, WorkItem::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-EXP-0001", WorkState.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("2024-EXP-0002", WorkState.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple("2024-EXP-0003", WorkState.CONFLICT));
    }

    @Test
    void aConflictClosesTheApplicationToScoring() {
        scoring().declareConflict(round, R1, "kim", "이해관계");
        assertThat(catchThrowableOfType(RefusedException.class,
                () -> scoring().setScore(round, R1, "kim", "GLOBAL_1", BigDecimal.ONE)).reasons().get(0).key())
                .isEqualTo("scoring.refused.conflict");
        assertThatThrownBy(() -> scoring().declareConflict(round, R1, "kim", "again"))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> scoring().declareConflict(round, "2024-EXP-0002", "kim", " "))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void aConflictDeclaredAfterSubmittingTakesTheSheetOutOfTheAggregation() {
        scoreAll(R1, 9);
        scoring().submit(round, R1, "kim");
        scoring().declareConflict(round, R1, "kim", "뒤늦게 알게 된 이해관계");
        assertThat(context.results().results(round).outcomes().stream()
                .filter(o -> o.receiptNo().equals(R1)).findFirst().orElseThrow().aggregation().totals()).isEmpty();
    }

    @Test
    void anUnknownEvaluatorCannotScore() {
        assertThatThrownBy(() -> scoring().setScore(round, R1, "nobody", "GLOBAL_1", BigDecimal.ONE))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void thePledgeIsRecordedWithItsTime() {
        context.evaluators().add("lee", "이평가", "한국무역협회", false);
        assertThat(scoring().pledgeAcceptedAt(round, "lee")).isEmpty();
        scoring().acceptPledge(round, "lee", "보안·청렴 서약");
        assertThat(scoring().pledgeAcceptedAt(round, "lee")).isPresent();
        assertThat(context.audit().all()).extracting(e -> e.action()).contains("PLEDGE");
    }

    @Test
    void aSubmittedSheetRecordsTheHashOfItsCanonicalContent() {
        scoreAll(R1, 7);
        ScoreSheet submitted = scoring().submit(round, R1, "kim");
        String expected = SheetContent.sha256(SheetContent.bytes(round.programCode(), submitted));
        assertThat(context.audit().all().stream().filter(e -> e.action().equals("SUBMISSION")).findFirst()
                .orElseThrow().detailJson()).contains(expected);
    }
}
