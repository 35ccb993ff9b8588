package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.ui.workspace.WorkRow;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 in a real (headless) window: the form never keeps a value it does not show as accepted,
 * signing asks first and Enter or Escape alone signs nothing, Tab leaves the text areas, and the
 * focused control is scrolled into view. What is stored is read through the service, never the view.
 */
class ScoringFormFxTest {

    private static final String R1 = "2024-EXP-0001";
    /** The first six indicators, as the issue typed them: 8 7 9 6 8 7. */
    private static final List<String> FIRST_SIX = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3");

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private Round round;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        secrets.remember("test-password".toCharArray());
        context = new AppContext(root.resolve("data"), new Messages(Locale.KOREAN),
                java.time.Clock.systemDefaultZone(), secrets);
        Path zip = root.resolve("round.zip");
        Fixtures.bundle(2).write(zip);
        context.imports().importBundle(zip, false, "test", ReadProgress.NONE);
        round = context.rounds().require(null);
        context.evaluators().add("E03", "김평가", "한국무역협회", true);
        context.keys().create("E03", "김평가", "한국무역협회");
        context.scoring().acceptPledge(round, "E03", "서약");
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).show());
        waitUntil(() -> table() != null && table().getItems().size() == 2 && !field("GLOBAL_1").isDisabled());
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> {
                Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
                stage.close();
            });
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void elevenInATenPointFieldLeavesItUnscoredInStorageTotalsListAndSubmit() {
        typeFirstSix();
        focus(field("EXPORT_PLAN_1"));
        robot.write("1");
        // The first keystroke is a valid score and is saved at once, as every keystroke is.
        waitUntil(() -> stored().value("EXPORT_PLAN_1").map(v -> v.intValue() == 1).orElse(false));
        robot.write("1");
        waitUntil(() -> stored().value("EXPORT_PLAN_1").isEmpty());
        keys(KeyCode.ENTER);
        for (String digit : List.of("7", "8", "9")) {
            robot.write(digit);
            keys(KeyCode.ENTER);
        }
        waitUntil(() -> stored().value("EXPORT_PLAN_4").isPresent());
        ScoreSheet sheet = stored();
        assertThat(sheet.value("EXPORT_PLAN_1")).isEmpty();
        assertThat(sheet.total()).isEqualByComparingTo("69");
        assertThat(field("EXPORT_PLAN_1").getText()).isEqualTo("11");
        assertThat(field("EXPORT_PLAN_1").getPseudoClassStates().toString()).contains("invalid");
        assertThat(errorTexts()).anyMatch(t -> t.contains("11점은 입력할 수 없습니다") && t.contains("점수 없음"));
        // 8+7+9+6+8+7 and 7+8+9: the refused 11 counts nowhere.
        waitUntil(() -> text(".total").equals("합계 69 / 100점"));
        assertThat(subtotals()).containsExactly("소계 24 / 30", "소계 21 / 30", "소계 24 / 40");
        assertThat(text(".missing")).startsWith("아직 1개 지표에 점수가 없습니다");
        waitUntil(() -> row(R1).totalProperty().get() != null
                && row(R1).totalProperty().get().compareTo(new BigDecimal("69")) == 0);
        assertThat(submit().isDisabled()).isTrue();
        FxTestSupport.snapshot(robot, stage.getScene(), "scoring-invalid-field");

        // Correcting the field scores it: 1 then 0 is 10, stored, and the sheet can be submitted.
        focus(field("EXPORT_PLAN_1"));
        robot.write("1");
        robot.write("0");
        waitUntil(() -> stored().value("EXPORT_PLAN_1").map(v -> v.intValue() == 10).orElse(false));
        waitUntil(() -> text(".total").equals("합계 79 / 100점") && !submit().isDisabled());
        assertThat(text(".missing")).isEqualTo("모든 지표에 점수를 주었습니다.");
    }

    @Test
    void deletingAScoreLeavesTheIndicatorUnscored() {
        focus(field("GLOBAL_2"));
        robot.write("7");
        waitUntil(() -> stored().value("GLOBAL_2").isPresent());
        keys(KeyCode.BACK_SPACE);
        waitUntil(() -> stored().value("GLOBAL_2").isEmpty());
        waitUntil(() -> text(".total").equals("합계 0 / 100점"));
        assertThat(text(".missing")).startsWith("아직 10개");
    }

    @Test
    void submittingAsksAndNeitherEnterNorEscapeAloneSigns() {
        scoreAllThroughTheService(7);
        reopen();
        focus(submit());
        keys(KeyCode.ENTER);
        waitUntil(() -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        assertThat(pane.getHeaderText()).contains(R1).contains(company());
        assertThat(dialogContent()).contains("70").contains("버전 1").contains("읽기 전용");
        Button sign = (Button) pane.lookup("#signConfirm");
        Button back = (Button) pane.lookup("#signCancel");
        assertThat(sign.isDefaultButton()).isFalse();
        assertThat(back.isDefaultButton()).isTrue();
        waitUntil(back::isFocused);
        FxTestSupport.snapshot(robot, pane.getScene(), "scoring-submit-confirm");

        // Enter alone: the dialog closes, nothing is signed.
        keys(pane.getScene(), KeyCode.ENTER);
        waitUntil(() -> dialog().isEmpty());
        provesNothingWasSigned("GLOBAL_1", "8");

        // Escape: the same.
        focus(submit());
        keys(KeyCode.ENTER);
        waitUntil(() -> dialog().isPresent());
        keys(dialog().orElseThrow().getScene(), KeyCode.ESCAPE);
        waitUntil(() -> dialog().isEmpty());
        provesNothingWasSigned("GLOBAL_1", "9");

        // Moving to the signing button on purpose signs.
        focus(submit());
        keys(KeyCode.ENTER);
        waitUntil(() -> dialog().isPresent());
        Scene dialogScene = dialog().orElseThrow().getScene();
        keys(dialogScene, KeyCode.TAB);
        waitUntil(() -> dialogScene.getFocusOwner() instanceof Button b && "signConfirm".equals(b.getId()));
        keys(dialogScene, KeyCode.ENTER);
        waitUntil(() -> stored().submitted());
        assertThat(stored().version()).isEqualTo(1);
        assertThat(stored().value("GLOBAL_1")).hasValue(new BigDecimal("9"));
        assertThat(context.audit().all()).filteredOn(e -> e.action().equals("SUBMISSION")).hasSize(1);
    }

    @Test
    void aCorrectionAsksTooAndEscapeKeepsTheSubmittedSheet() {
        scoreAllThroughTheService(8);
        context.scoring().submit(round, R1, "E03");
        reopen();
        Button correct = robot.lookup("#correct").queryAs(Button.class);
        waitUntil(correct::isVisible);
        focus(correct);
        keys(KeyCode.ENTER);
        waitUntil(() -> dialog().isPresent());
        assertThat(dialog().orElseThrow().getHeaderText()).contains(R1).contains(company());
        assertThat(dialogContent()).contains("80").contains("버전 2");
        keys(dialog().orElseThrow().getScene(), KeyCode.ESCAPE);
        waitUntil(() -> dialog().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().submitted()).isTrue();
        assertThat(stored().version()).isEqualTo(1);

        focus(correct);
        keys(KeyCode.ENTER);
        waitUntil(() -> dialog().isPresent());
        Scene dialogScene = dialog().orElseThrow().getScene();
        keys(dialogScene, KeyCode.TAB);
        keys(dialogScene, KeyCode.ENTER);
        waitUntil(() -> !stored().submitted() && stored().version() == 2);
        waitUntil(() -> field("GLOBAL_1").isEditable());

        // Submitting the correction names its version.
        focus(submit());
        keys(KeyCode.ENTER);
        waitUntil(() -> dialog().isPresent());
        assertThat(dialogContent()).contains("버전 2").contains("읽기 전용");
        keys(dialog().orElseThrow().getScene(), KeyCode.ESCAPE);
        waitUntil(() -> dialog().isEmpty());
        assertThat(stored().submitted()).isFalse();
    }

    @Test
    void tabAndShiftTabLeaveTheOpinionAndTheCommentFields() {
        TextArea opinion = robot.lookup("#opinion").queryAs(TextArea.class);
        focus(opinion);
        robot.write("좋음");
        keys(KeyCode.TAB);
        waitUntil(() -> !opinion.isFocused());
        assertThat(opinion.getText()).isEqualTo("좋음");
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(Button.class);

        focus(opinion);
        chord(KeyCode.TAB, true, false);
        waitUntil(() -> !opinion.isFocused());
        assertThat(opinion.getText()).isEqualTo("좋음");
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(TextField.class);

        // Ctrl+Tab still types a tab, for whoever needs one.
        focus(opinion);
        robot.interact(() -> opinion.positionCaret(opinion.getLength()));
        chord(KeyCode.TAB, false, true);
        assertThat(opinion.isFocused()).isTrue();
        assertThat(opinion.getText()).isEqualTo("좋음\t");

        TextField comment = robot.lookup(".comment-field").queryAs(TextField.class);
        focus(comment);
        keys(KeyCode.TAB);
        waitUntil(() -> field("GLOBAL_2").isFocused());
        chord(KeyCode.TAB, true, false);
        waitUntil(comment::isFocused);
    }

    @Test
    void theFocusedControlIsScrolledIntoViewDownToSubmit() {
        scoreAllThroughTheService(6);
        reopen();
        ScrollPane scroll = robot.lookup("#formScroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(scroll, submit())).as("제출 starts below the fold").isFalse();
        focus(field("EXPORT_PLAN_4"));
        keys(KeyCode.TAB); // its comment
        keys(KeyCode.TAB); // the overall opinion
        waitUntil(() -> robot.lookup("#opinion").query().isFocused());
        keys(KeyCode.TAB);
        waitUntil(() -> submit().isFocused());
        waitUntil(() -> inView(scroll, submit()));
        // And back up: Shift+Tab from the first score field's comment shows the first field.
        focus(robot.lookup(".comment-field").queryAs(TextField.class));
        chord(KeyCode.TAB, true, false);
        waitUntil(() -> field("GLOBAL_1").isFocused());
        waitUntil(() -> inView(scroll, field("GLOBAL_1")));
    }

    // ------------------------------------------------------------------ helpers

    private void typeFirstSix() {
        focus(field(FIRST_SIX.get(0)));
        for (String digit : List.of("8", "7", "9", "6", "8", "7")) {
            robot.write(digit);
            keys(KeyCode.ENTER);
        }
        waitUntil(() -> FIRST_SIX.stream().allMatch(id -> stored().value(id).isPresent()));
    }

    private void scoreAllThroughTheService(int value) {
        round.program().rubric().indicators().forEach(i -> context.scoring().setScore(round, R1, "E03", i.id(),
                BigDecimal.valueOf(value)));
    }

    /** Selects the other application and back, so that the form reads what the service stored. */
    private void reopen() {
        robot.interact(() -> table().getSelectionModel().select(1));
        waitUntil(() -> text(".form-title").contains("2024-EXP-0002"));
        robot.interact(() -> table().getSelectionModel().select(0));
        waitUntil(() -> text(".form-title").contains(R1) && !field("GLOBAL_1").isDisabled());
    }

    /**
     * Changes a score after a cancelled dialog and waits for it to be stored: writes keep their order,
     * so had the dialog queued a submission, the sheet would be read-only and this change refused.
     */
    private void provesNothingWasSigned(String indicator, String value) {
        focus(field(indicator));
        robot.write(value);
        waitUntil(() -> stored().value(indicator).map(v -> v.compareTo(new BigDecimal(value)) == 0).orElse(false));
        assertThat(stored().submitted()).isFalse();
        assertThat(context.audit().all()).noneMatch(e -> e.action().equals("SUBMISSION"));
    }

    private ScoreSheet stored() {
        return context.scoring().sheet(round, R1, "E03");
    }

    private String company() {
        return context.rounds().application(round, R1).orElseThrow().companyName();
    }

    @SuppressWarnings("unchecked")
    private TableView<WorkRow> table() {
        return robot.lookup(".table-view").tryQueryAs(TableView.class).orElse(null);
    }

    @Test
    void aRefusedScoreCarriesTheControlsFxDecorationInTheFormsOwnWordsUntilItIsAScore() {
        TextField global1 = field("GLOBAL_1");
        focus(global1);
        robot.write("1");
        robot.write("1");
        waitUntil(() -> mark(global1).isPresent());
        assertThat(Decorator.getDecorations(global1)).isNotEmpty();
        assertThat(errorTexts()).singleElement().satisfies(said -> {
            assertThat(said).contains("11점은 입력할 수 없습니다");
            // the decoration's words are the view model's, not a second copy of the rule
            assertThat(mark(global1).orElseThrow().getTooltip().getText()).isEqualTo(said);
        });
        assertThat(global1.getStyleClass()).contains("validation-error");
        FxTestSupport.snapshot(robot, stage.getScene(), "scoring-decorated-field");

        // Typed again from the start: 1 then 0 is 10, a score, and the decoration goes with the refusal.
        robot.interact(global1::selectAll);
        robot.write("1");
        robot.write("0");
        waitUntil(() -> mark(global1).isEmpty() && !global1.getStyleClass().contains("validation-error"));
        assertThat(errorTexts()).isEmpty();
        waitUntil(() -> stored().value("GLOBAL_1").map(v -> v.intValue() == 10).orElse(false));
    }

    /** The decoration's mark on a field: ControlsFX puts it among the field's own children. */
    private static Optional<Label> mark(TextField field) {
        return Optional.ofNullable(field.lookup(".validation-mark")).map(Label.class::cast);
    }

    private WorkRow row(String receipt) {
        return table().getItems().stream().filter(r -> r.receiptNo().equals(receipt)).findFirst().orElseThrow();
    }

    private TextField field(String indicator) {
        return robot.lookup("#score-" + indicator).queryAs(TextField.class);
    }

    private Button submit() {
        return robot.lookup("#submit").queryAs(Button.class);
    }

    private String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    private List<String> subtotals() {
        return robot.lookup(".subtotal").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private List<String> errorTexts() {
        return robot.lookup(".error-text").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).toList();
    }

    private void focus(Node node) {
        robot.interact(node::requestFocus);
        waitUntil(node::isFocused);
    }

    private void keys(KeyCode... codes) {
        FxTestSupport.keys(robot, stage.getScene(), codes);
    }

    private void keys(Scene scene, KeyCode... codes) {
        FxTestSupport.keys(robot, scene, codes);
    }

    /** A key with Shift and/or Ctrl, fired on the focus owner as a real key would be. */
    private void chord(KeyCode code, boolean shift, boolean ctrl) {
        Scene scene = stage.getScene();
        Platform.runLater(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, false, false));
            Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, ctrl, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".dialog-pane")).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst();
    }

    private String dialogContent() {
        return dialog().map(p -> p.getContent() instanceof Label l ? l.getText() : p.getContentText()).orElse("");
    }

    /** Whether the node lies wholly inside the part of the form the scroll pane shows. */
    private static boolean inView(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * Math.max(0, content.getLayoutBounds().getHeight() - viewport);
        Bounds it = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        return it.getMinY() >= top - 0.5 && it.getMaxY() <= top + viewport + 0.5;
    }
}
