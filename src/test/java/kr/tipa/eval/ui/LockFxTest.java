package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The password at start of an encrypted folder, with growing waits after misses; and the idle lock. */
class LockFxTest {

    private static final String PASSWORD = "correct horse 7";

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void encryptedFolder() throws Exception {
        Messages messages = new Messages(Locale.KOREAN);
        try (AppContext setup = new AppContext(root.resolve("data"), messages, Clock.systemDefaultZone(),
                () -> PASSWORD.toCharArray())) {
            Path zip = root.resolve("round.zip");
            Fixtures.bundle(2).write(zip);
            setup.imports().importBundle(zip, false, "test", ReadProgress.NONE);
            setup.evaluators().add("E03", "김평가", "", true);
            setup.keys().create("E03", "김평가", "");
            setup.scoring().acceptPledge(setup.rounds().require(null), "E03", "서약");
        }
        System.setProperty("tipa.idle.seconds", "3");
        WindowSecrets secrets = new WindowSecrets(messages);
        context = new AppContext(root.resolve("data"), messages, Clock.systemDefaultZone(), secrets);
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).show());
    }

    @AfterEach
    void close() throws Exception {
        System.clearProperty("tipa.idle.seconds");
        FxToolkit.setupFixture(() -> stage.close());
        context.close();
    }

    private void type(String password) {
        PasswordField field = robot.lookup("#passwordField").queryAs(PasswordField.class);
        robot.interact(() -> field.setText(password));
        Button open = robot.lookup("#unlockButton").queryAs(Button.class);
        waitUntil(() -> !open.isDisabled());
        robot.interact(open::fire);
    }

    private String error() {
        return robot.lookup("#errorLabel").queryAs(Label.class).getText();
    }

    @Test
    void wrongPasswordsAreRefusedWithGrowingWaitsThenTheRightOneOpens() {
        waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        FxTestSupport.snapshot(robot, stage.getScene(), "unlock");
        type("wrong one");
        waitUntil(() -> error().contains("틀렸습니다"));
        assertThat(error()).contains("1번째");
        // The emptied field carries the miss as its decoration, in the view model's words.
        PasswordField field = robot.lookup("#passwordField").queryAs(PasswordField.class);
        waitUntil(() -> field.lookup(".validation-mark") != null);
        assertThat(((Label) field.lookup(".validation-mark")).getTooltip().getText()).isEqualTo(error());
        type("wrong two");
        waitUntil(() -> error().contains("2번째"));
        assertThat(error()).contains("초 뒤에");
        assertThat(robot.lookup("#unlockButton").queryAs(Button.class).isDisabled()).isTrue();
        type(PASSWORD);
        waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent()
                && robot.lookup(".table-view").queryAs(TableView.class).getItems().size() == 2);
    }

    @Test
    void theWindowLocksAfterIdlingAndHidesTheWorkUntilThePassword() {
        waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        type(PASSWORD);
        waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent());
        waitUntil(() -> robot.lookup(".lock-layer").tryQuery().isPresent());
        assertThat(robot.lookup(".table-view").query().isVisible() && robot.lookup(".workspace").query().isVisible())
                .isFalse();
        FxTestSupport.snapshot(robot, stage.getScene(), "idle-lock");
        type("not it");
        waitUntil(() -> error().contains("틀렸습니다"));
        assertThat(robot.lookup(".lock-layer").tryQuery()).isPresent();
        type(PASSWORD);
        waitUntil(() -> robot.lookup(".lock-layer").tryQuery().isEmpty());
        assertThat(robot.lookup(".workspace").query().isVisible()).isTrue();
    }
}
