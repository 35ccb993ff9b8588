package kr.tipa.eval.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The form's one truth, on a real database: whatever a field holds, the stored value, the totals and
 * whether the sheet can be submitted agree; a refused text leaves the indicator unscored.
 */
class ScoringFormViewModelTest {

    private static final String R1 = "2024-EXP-0001";

    @TempDir
    Path root;

    private AppContext context;
    private Round round;
    private ScoringFormViewModel form;
    private final List<ScoreSheet> saved = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        context = new AppContext(root.resolve("data"), Messages.korean());
        Path zip = root.resolve("round.zip");
        Fixtures.bundle(2).write(zip);
        context.imports().importBundle(zip, false, "test", ReadProgress.NONE);
        round = context.rounds().require(null);
        context.evaluators().add("kim", "김평가", "한국무역협회", true);
        context.scoring().acceptPledge(round, "kim", "서약");
        form = new ScoringFormViewModel(context.scoring(), new SynchronousTasks(), Messages.korean(), round, "kim",
                receipt -> { });
        form.setOnSaved(saved::add);
        form.load(R1, "주식회사 한빛정밀");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private IndicatorEntry entry(String id) {
        return form.entries().stream().filter(e -> e.indicator().id().equals(id)).findFirst().orElseThrow();
    }

    /** Types text into a field keystroke by keystroke, as the text field reports it. */
    private void type(String id, String... texts) {
        for (String text : texts) {
            entry(id).textProperty().set(text);
        }
    }

    private ScoreSheet stored() {
        return context.scoring().sheet(round, R1, "kim");
    }

    private void scoreAllBut(String skipped, String value) {
        form.entries().stream().filter(e -> !e.indicator().id().equals(skipped))
                .forEach(e -> e.textProperty().set(value));
    }

    /** On both sides of each limit of a 10-point, 1-step indicator; "" is the field emptied. */
    @ParameterizedTest(name = "\"{0}\" after 5 → stored {1}, refused {2}")
    @CsvSource(nullValues = "null", value = {
        "10, 10, false",
        "11, null, true",
        "0, 0, false",
        "-1, null, true",
        "7.0, 7, false",
        "6.5, null, true",
        "'', null, false",
        "-, null, true",
        "., null, true",
        "abc, null, true",
        "9.999, null, true",
    })
    void whatAFieldHoldsIsWhatIsStored(String text, String expected, boolean refused) {
        type("GLOBAL_1", "5");
        assertThat(stored().value("GLOBAL_1")).hasValue(new BigDecimal("5"));
        type("GLOBAL_1", text);
        BigDecimal want = expected == null ? null : new BigDecimal(expected);
        if (want == null) {
            assertThat(stored().value("GLOBAL_1")).isEmpty();
        } else {
            assertThat(stored().value("GLOBAL_1").orElseThrow()).isEqualByComparingTo(want);
        }
        assertThat(entry("GLOBAL_1").errorProperty().get().isEmpty()).isEqualTo(!refused);
        assertThat(form.invalidProperty().get()).isEqualTo(refused ? 1 : 0);
        assertThat(form.totalProperty().get()).isEqualByComparingTo(want == null ? BigDecimal.ZERO : want);
        assertThat(form.missingProperty().get()).isEqualTo(want == null ? 10 : 9);
    }

    @Test
    void oneThenOneLeavesTheIndicatorUnscoredAndTheSheetUnsubmittable() {
        scoreAllBut("EXPORT_PLAN_1", "7");
        type("EXPORT_PLAN_1", "1");
        assertThat(stored().value("EXPORT_PLAN_1")).hasValue(BigDecimal.ONE);
        assertThat(form.completeProperty().get()).isTrue();
        type("EXPORT_PLAN_1", "11");
        assertThat(stored().value("EXPORT_PLAN_1")).isEmpty();
        assertThat(stored().total()).isEqualByComparingTo("63");
        assertThat(form.totalProperty().get()).isEqualByComparingTo("63");
        assertThat(form.subtotalProperty("EXPORT_PLAN").get()).isEqualByComparingTo("21");
        assertThat(form.missingProperty().get()).isEqualTo(1);
        assertThat(form.invalidProperty().get()).isEqualTo(1);
        assertThat(form.completeProperty().get()).isFalse();
        assertThat(entry("EXPORT_PLAN_1").errorProperty().get()).contains("11점은 입력할 수 없습니다")
                .contains("점수 없음");
        // The list is told of every write, the last one without the 1.
        assertThat(saved.get(saved.size() - 1).value("EXPORT_PLAN_1")).isEmpty();
        // Submitting what is not complete does nothing.
        form.submit(form.submitQuestion());
        assertThat(stored().submitted()).isFalse();
    }

    @Test
    void oneThenZeroStoresTen() {
        type("EXPORT_PLAN_1", "1", "10");
        assertThat(stored().value("EXPORT_PLAN_1").orElseThrow()).isEqualByComparingTo("10");
        assertThat(entry("EXPORT_PLAN_1").errorProperty().get()).isEmpty();
        assertThat(form.invalidProperty().get()).isZero();
    }

    @Test
    void aRefusedFieldCorrectedIsScoredAgain() {
        type("GLOBAL_2", "1", "11", "1");
        assertThat(stored().value("GLOBAL_2")).hasValue(BigDecimal.ONE);
        assertThat(entry("GLOBAL_2").errorProperty().get()).isEmpty();
        assertThat(form.invalidProperty().get()).isZero();
    }

    @Test
    void theQuestionNamesWhatIsShownAndSubmittingSignsExactlyThat() {
        scoreAllBut("", "8");
        SigningQuestion question = form.submitQuestion();
        assertThat(question.kind()).isEqualTo(SigningQuestion.Kind.SUBMIT);
        assertThat(question.receiptNo()).isEqualTo(R1);
        assertThat(question.company()).isEqualTo("주식회사 한빛정밀");
        assertThat(question.total()).isEqualByComparingTo("80");
        assertThat(question.maxTotal()).isEqualByComparingTo("100");
        assertThat(question.version()).isEqualTo(1);
        assertThat(question.values()).hasSize(10).allSatisfy((id, v) -> assertThat(v).isEqualByComparingTo("8"));
        form.submit(question);
        assertThat(stored().submitted()).isTrue();
        assertThat(form.readOnlyProperty().get()).isTrue();

        SigningQuestion correction = form.correctionQuestion();
        assertThat(correction.kind()).isEqualTo(SigningQuestion.Kind.CORRECTION);
        assertThat(correction.version()).isEqualTo(1);
        form.startCorrection(correction);
        assertThat(stored().version()).isEqualTo(2);
        assertThat(form.submitQuestion().isCorrectionVersion()).isTrue();
    }

    @Test
    void anUnscoredIndicatorIsNullInTheQuestion() {
        type("GLOBAL_3", "12");
        assertThat(form.submitQuestion().values()).containsEntry("GLOBAL_3", null);
    }

    @Test
    void aQuestionAboutAnotherApplicationSignsNothing() {
        scoreAllBut("", "6");
        SigningQuestion question = form.submitQuestion();
        form.load("2024-EXP-0002", "other");
        form.submit(question);
        assertThat(stored().submitted()).isFalse();
    }

    @Test
    void aStaleQuestionIsRefusedByTheServiceAndNothingIsSigned() {
        scoreAllBut("", "6");
        SigningQuestion seen = form.submitQuestion();
        // The stored sheet changes after the question was shown (another route wrote to it).
        context.scoring().setScore(round, R1, "kim", "GLOBAL_1", BigDecimal.TEN);
        form.submit(seen);
        assertThat(stored().submitted()).isFalse();
        assertThat(form.statusProperty().get()).contains("GLOBAL_1").contains("서명하지 않았습니다");
    }
}
