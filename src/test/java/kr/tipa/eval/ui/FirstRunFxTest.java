package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bench.BenchBundles;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A fresh laptop: profile, empty state, import with progress (and a refusal), the pledge, then the workspace. */
class FirstRunFxTest {

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        context = new AppContext(root.resolve("data"), new Messages(Locale.KOREAN), java.time.Clock.systemDefaultZone(),
                secrets);
        window = new MainWindow(context, secrets, false, () -> { });
        stage = FxToolkit.setupFixture(window::show);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        context.close();
    }

    @Test
    void profileThenImportWithProgressThenPledgeThenWorkspace() throws Exception {
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        Button save = robot.lookup("#saveButton").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#nameField").write("김평가");
        robot.clickOn("#affiliationField").write("한국무역협회");
        robot.clickOn("#idField").write("E03");
        robot.clickOn("#passwordField").write("short");
        assertThat(save.isDisabled()).as("a password under 8 characters").isTrue();
        robot.clickOn("#passwordField").write("-enough");
        robot.clickOn("#confirmField").write("short-enough");
        FxTestSupport.snapshot(robot, stage.getScene(), "first-run-profile");
        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#importButton").tryQuery().isPresent());
        assertThat(context.evaluators().self().orElseThrow().evaluator().name()).isEqualTo("김평가");
        assertThat(context.keys().fingerprint("E03")).isPresent();
        FxTestSupport.snapshot(robot, stage.getScene(), "first-run-empty");

        // A large enough bundle that the import is seen in progress.
        Path bundle = root.resolve("round.tbundle");
        BenchBundles.write(bundle, 60, 512 * 1024);
        ProgressBar progress = robot.lookup(".progress-bar").queryAs(ProgressBar.class);
        double[] seen = {-1};
        progress.progressProperty().addListener((o, a, b) -> seen[0] = Math.max(seen[0], b.doubleValue()));
        robot.interact(() -> window.importBundle(bundle));
        waitUntil(() -> robot.lookup("#agreeBox").tryQuery().isPresent());
        assertThat(seen[0]).isGreaterThan(0.0);
        assertThat(progress.isVisible()).isFalse();

        Button accept = robot.lookup("#acceptButton").queryAs(Button.class);
        assertThat(accept.isDisabled()).isTrue();
        FxTestSupport.snapshot(robot, stage.getScene(), "first-run-pledge");
        robot.clickOn(robot.lookup("#agreeBox").queryAs(CheckBox.class));
        robot.clickOn(accept);
        waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent()
                && robot.lookup(".table-view").queryAs(TableView.class).getItems().size() == 60);
        assertThat(context.scoring().pledgeAcceptedAt(context.rounds().require(null), "E03")).isPresent();
    }

    @Test
    void aRefusedBundleIsExplainedInADialogAndNothingIsWritten() throws Exception {
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("김평가");
        robot.clickOn("#idField").write("E03");
        robot.clickOn("#passwordField").write("password-1");
        robot.clickOn("#confirmField").write("password-1");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#importButton").tryQuery().isPresent());
        var writer = Fixtures.bundle(2);
        Fixtures.object(writer.application("2024-EXP-0002"), "company").remove("name");
        Path bundle = root.resolve("broken.zip");
        writer.write(bundle);
        robot.interact(() -> window.importBundle(bundle));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String details = robot.lookup(".dialog-pane .text-area").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(details).contains("applications/2024-EXP-0002/application.json").contains("company.name");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .contains("아무것도 기록하지 않았습니다");
        FxTestSupport.snapshot(robot, robot.lookup(".dialog-pane").query().getScene(), "import-refused");
        assertThat(context.rounds().all()).isEmpty();
        robot.interact(() -> ((Stage) robot.lookup(".dialog-pane").query().getScene().getWindow()).close());
    }

    @Test
    void anIdThatIsNotSafeIsRefusedWithAReason() {
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("김평가");
        robot.clickOn("#idField").write("위원 3");
        robot.clickOn("#passwordField").write("password-1");
        robot.clickOn("#confirmField").write("password-1");
        robot.clickOn("#saveButton");
        waitUntil(() -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).contains("위원 3");
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("김평가");
    }

    @Test
    void theProfileMarksEachFieldTheViewModelFindsWrongAndOnlyThose() {
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("김평가");
        robot.clickOn("#idField").write("위원 3");
        robot.clickOn("#passwordField").write("short");
        robot.clickOn("#confirmField").write("sx");
        waitUntil(() -> mark("#idField").isPresent() && mark("#passwordField").isPresent()
                && mark("#confirmField").isPresent());
        assertThat(mark("#idField").orElseThrow().getTooltip().getText())
                .isEqualTo("위원 ID ‘위원 3’은(는) 쓸 수 없습니다. 영문·숫자로 시작하고 영문·숫자와 . _ - 만 씁니다(64자까지).");
        assertThat(mark("#passwordField").orElseThrow().getTooltip().getText())
                .isEqualTo("암호는 8자 이상이어야 합니다(지금 5자).");
        assertThat(mark("#confirmField").orElseThrow().getTooltip().getText()).isEqualTo("두 암호가 같지 않습니다.");
        assertThat(mark("#nameField")).isEmpty();
        assertThat(mark("#affiliationField")).isEmpty();
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).lookup(".validation-required"))
                .as("the name is required").isNotNull();
        FxTestSupport.snapshot(robot, stage.getScene(), "first-run-profile-decorated");

        // Keys do not reach Monocle's windows, typed text does: the field set as a correction would set it.
        robot.interact(() -> robot.lookup("#idField").queryAs(TextField.class).setText("E03"));
        waitUntil(() -> mark("#idField").isEmpty());
        assertThat(mark("#passwordField")).isPresent();
    }

    private java.util.Optional<Label> mark(String field) {
        return java.util.Optional.ofNullable(robot.lookup(field).queryAs(TextField.class).lookup(".validation-mark"))
                .map(Label.class::cast);
    }

    @Test
    void aBundleTheWindowWasOpenedWithIsImportedOnceTheProfileExists() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        Path bundle = root.resolve("double-clicked.tbundle");
        Fixtures.bundle(3).write(bundle);
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        context.close();
        context = new AppContext(root.resolve("data2"), new Messages(Locale.KOREAN), java.time.Clock.systemDefaultZone(),
                secrets);
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).opening(bundle).show());
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        assertThat(stage.getIcons()).as("the window carries the application's icon").hasSize(1);
        robot.clickOn("#nameField").write("김평가");
        robot.clickOn("#idField").write("E03");
        robot.clickOn("#passwordField").write("password-1");
        robot.clickOn("#confirmField").write("password-1");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#agreeBox").tryQuery().isPresent());
        assertThat(context.rounds().all()).hasSize(1);
        assertThat(context.rounds().applications(context.rounds().require(null))).hasSize(3);
    }
}
