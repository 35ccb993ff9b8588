package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.ui.workspace.WorkRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The evaluator's workspace in a real (headless) window: keyboard scoring, refusals, submit, conflict, reopen. */
class WorkspaceFxTest {

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
        openContext();
        Path zip = root.resolve("round.zip");
        Fixtures.bundle(4).write(zip);
        context.imports().importBundle(zip, false, "test", ReadProgress.NONE);
        round = context.rounds().require(null);
        context.evaluators().add("E03", "김평가", "한국무역협회", true);
        context.keys().create("E03", "김평가", "한국무역협회");
        context.scoring().acceptPledge(round, "E03", "서약");
        openWindow();
    }

    private WindowSecrets secrets;

    private void openContext() {
        secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        secrets.remember("test-password".toCharArray());
        context = new AppContext(root.resolve("data"), new Messages(Locale.KOREAN), java.time.Clock.systemDefaultZone(),
                secrets);
    }

    private void openWindow() throws Exception {
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).show());
        // The form sits in a scroll pane, whose content is in the scene graph only once the pane has its skin.
        waitUntil(() -> table() != null && table().getItems().size() == 4
                && robot.lookup("#score-GLOBAL_1").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        context.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<WorkRow> table() {
        return robot.lookup(".table-view").tryQueryAs(TableView.class).orElse(null);
    }

    private TextField field(String indicator) {
        return robot.lookup("#score-" + indicator).queryAs(TextField.class);
    }

    private String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    /** Focuses a node the way Tab would, which also scrolls it into view. */
    private void focus(Node node) {
        robot.interact(node::requestFocus);
        waitUntil(node::isFocused);
    }

    private void keys(KeyCode... codes) {
        FxTestSupport.keys(robot, stage.getScene(), codes);
    }

    private ScoreSheet stored(String receipt) {
        return context.scoring().sheet(round, receipt, "E03");
    }

    @Test
    void theListIsNavigatedByKeyboardAndEnterGoesToTheForm() {
        robot.clickOn(table());
        keys(KeyCode.HOME);
        keys(KeyCode.DOWN);
        waitUntil(() -> table().getSelectionModel().getSelectedIndex() == 1);
        assertThat(table().getSelectionModel().getSelectedItem().receiptNo()).isEqualTo("2024-EXP-0002");
        keys(KeyCode.ENTER);
        waitUntil(() -> field("GLOBAL_1").isFocused());
        FxTestSupport.snapshot(robot, stage.getScene(), "workspace-list");
    }

    @Test
    void aWholeSheetIsScoredByKeyboardWithTotalsUpdating() {
        robot.clickOn(table());
        keys(KeyCode.ENTER);
        waitUntil(() -> field("GLOBAL_1").isFocused());
        int i = 0;
        for (Indicator indicator : round.program().rubric().indicators()) {
            robot.write(String.valueOf(5 + i % 4));
            keys(KeyCode.ENTER);
            i++;
        }
        // 5+6+7+8+5+6+7+8+5+6 = 63
        waitUntil(() -> robot.lookup(".total").queryAs(Label.class).getText().contains("63"));
        assertThat(text(".missing")).isEqualTo("모든 지표에 점수를 주었습니다.");
        Button submit = robot.lookup("#submit").queryAs(Button.class);
        waitUntil(() -> !submit.isDisabled());
        waitUntil(() -> stored("2024-EXP-0001").total().compareTo(BigDecimal.valueOf(63)) == 0);
        FxTestSupport.snapshot(robot, stage.getScene(), "workspace-scoring");
    }

    @Test
    void arrowsStepTheScoreWithinItsRange() {
        robot.clickOn(field("GLOBAL_2"));
        robot.write("9");
        keys(KeyCode.UP);
        keys(KeyCode.UP);
        waitUntil(() -> field("GLOBAL_2").getText().equals("10"));
        keys(KeyCode.DOWN);
        waitUntil(() -> stored("2024-EXP-0001").value("GLOBAL_2").map(v -> v.intValue() == 9).orElse(false));
    }

    @Test
    void elevenOnATenPointIndicatorIsRefusedWithAVisibleReason() {
        robot.clickOn(field("GLOBAL_1"));
        robot.write("11");
        waitUntil(() -> robot.lookup(".error-text").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("배점은 10점")));
        assertThat(field("GLOBAL_1").getPseudoClassStates().toString()).contains("invalid");
        // Neither 11 nor the 1 saved on the way to it stays: the indicator is unscored until corrected.
        // (A stored draft has a time: it exists only once the first keystroke's write has landed.)
        waitUntil(() -> stored("2024-EXP-0001").updatedAt() != null && stored("2024-EXP-0001").value("GLOBAL_1").isEmpty()
                && text(".missing").equals("아직 10개 지표에 점수가 없습니다 (받을 수 없는 값 1개 포함)."));
        FxTestSupport.snapshot(robot, stage.getScene(), "workspace-refused");
    }

    @Test
    void submitStaysDisabledUntilCompleteThenTheSheetIsReadOnly() {
        Button submit = robot.lookup("#submit").queryAs(Button.class);
        assertThat(submit.isDisabled()).isTrue();
        robot.clickOn(field("GLOBAL_1"));
        for (Indicator indicator : round.program().rubric().indicators()) {
            robot.write("7");
            if (!indicator.id().equals("EXPORT_PLAN_4")) {
                assertThat(submit.isDisabled()).isTrue();
                keys(KeyCode.ENTER);
            }
        }
        waitUntil(() -> !submit.isDisabled());
        focus(submit);
        robot.clickOn(submit);
        // Signing asks first; the signing button is chosen on purpose.
        waitUntil(() -> robot.lookup("#signConfirm").tryQuery().isPresent());
        Button sign = robot.lookup("#signConfirm").queryAs(Button.class);
        robot.clickOn(sign);
        waitUntil(() -> stored("2024-EXP-0001").submitted());
        assertThat(context.audit().all()).extracting(e -> e.action()).contains("SUBMISSION");
        waitUntil(() -> !field("GLOBAL_1").isEditable());
        focus(field("GLOBAL_1"));
        robot.write("3");
        assertThat(stored("2024-EXP-0001").value("GLOBAL_1")).hasValue(new BigDecimal("7"));
        waitUntil(() -> table().getItems().get(0).stateProperty().get().name().equals("SUBMITTED"));
        FxTestSupport.snapshot(robot, stage.getScene(), "workspace-submitted");
    }

    @Test
    void aConflictClosesTheFormAndLeavesTheWorkload() {
        robot.clickOn(table());
        keys(KeyCode.HOME);
        Button conflict = robot.lookup("#conflict").queryAs(Button.class);
        javafx.application.Platform.runLater(conflict::fire);
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField reason = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.clickOn(reason).write("대표이사가 친척입니다");
        FxTestSupport.keys(robot, reason.getScene(), KeyCode.ENTER);
        waitUntil(() -> table().getItems().get(0).stateProperty().get().name().equals("CONFLICT"));
        waitUntil(() -> field("GLOBAL_1").getScene() == null || field("GLOBAL_1").isDisabled()
                || robot.lookup(".scoring-form").query().isDisabled());
        assertThat(context.scoring().workload(round, "E03").get(0).conflictReason()).hasValue("대표이사가 친척입니다");
    }

    @Test
    void aHalfFilledSheetReopensExactlyAsItWas() throws Exception {
        robot.clickOn(field("GLOBAL_1")).write("8");
        focus(field("MARKETABILITY_2"));
        robot.write("6");
        focus(robot.lookup("#opinion").queryAs(Node.class));
        robot.write("good");
        waitUntil(() -> stored("2024-EXP-0001").overallOpinion().equals("good"));
        FxToolkit.setupFixture(() -> stage.close());
        context.close();
        openContext();
        openWindow();
        waitUntil(() -> field("GLOBAL_1").getText().equals("8"));
        assertThat(field("MARKETABILITY_2").getText()).isEqualTo("6");
        assertThat(field("GLOBAL_2").getText()).isEmpty();
        assertThat(text(".missing")).contains("8개");
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void theViewMenuSwitchesToTheChairsDeskAndBackWithoutLosingAScore() {
        robot.clickOn(field("GLOBAL_1")).write("7");
        waitUntil(() -> stored("2024-EXP-0001").value("GLOBAL_1").isPresent());
        robot.interact(() -> menuItem("chairViewItem").fire());
        waitUntil(() -> robot.lookup("#matrix").tryQuery().isPresent());
        assertThat(robot.lookup("#score-GLOBAL_1").tryQuery()).isEmpty();
        @SuppressWarnings("unchecked")
        TableView<Object> matrix = robot.lookup("#matrix").queryAs(TableView.class);
        waitUntil(() -> matrix.getItems().size() == 4);
        assertThat(((javafx.scene.control.RadioMenuItem) menuItem("chairViewItem")).isSelected()).isTrue();
        FxTestSupport.snapshot(robot, stage.getScene(), "main-window-chair-desk");

        robot.interact(() -> menuItem("evaluatorViewItem").fire());
        waitUntil(() -> table() != null && robot.lookup("#score-GLOBAL_1").tryQuery().isPresent()
                && field("GLOBAL_1").getText().equals("7"));
        assertThat(robot.lookup("#matrix").tryQuery()).isEmpty();
    }
}
