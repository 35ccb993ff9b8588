package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Switching desks many times leaves nothing behind: the scene (which outlives every desk) keeps no key of a
 * desk that was left and no listener that holds one, so each desk left can be collected.
 */
class DeskLifecycleFxTest {

    private static final int SWITCHES = 5;

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
    void open() throws Exception {
        Messages messages = new Messages(Locale.KOREAN);
        WindowSecrets secrets = new WindowSecrets(messages);
        secrets.remember("test-password".toCharArray());
        context = new AppContext(root.resolve("data"), messages, java.time.Clock.systemDefaultZone(), secrets);
        Path zip = root.resolve("round.zip");
        Fixtures.bundle(4).write(zip);
        context.imports().importBundle(zip, false, "test", ReadProgress.NONE);
        Round round = context.rounds().require(null);
        context.evaluators().add("E03", "김평가", "한국무역협회", true);
        context.keys().create("E03", "김평가", "한국무역협회");
        context.scoring().acceptPledge(round, "E03", "서약");
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).show());
        waitForEvaluatorDesk();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        context.close();
    }

    private void waitForEvaluatorDesk() {
        waitUntil(() -> robot.lookup(".workspace .table-view").tryQueryAs(TableView.class)
                .map(t -> t.getItems().size() == 4).orElse(false)
                && robot.lookup("#score-GLOBAL_1").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    private void choose(String id) {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void switchingDesksRepeatedlyLeavesNoKeyAndNoListenerOnTheScene() {
        Scene scene = stage.getScene();
        int evaluatorKeys = scene.getAccelerators().size();
        List<WeakReference<Node>> left = new ArrayList<>();
        for (int i = 0; i < SWITCHES; i++) {
            left.add(new WeakReference<>(robot.lookup(".workspace").query()));
            choose("chairViewItem");
            waitUntil(() -> robot.lookup("#matrix").tryQueryAs(TableView.class)
                    .map(t -> t.getItems().size() == 4).orElse(false));
            assertThat(scene.getAccelerators()).as("the chair's Shortcut+1…5 (five tabs) and F5, once")
                    .hasSize(evaluatorKeys + 6);
            left.add(new WeakReference<>(robot.lookup(".chair").query()));

            choose("agencyViewItem");
            waitUntil(() -> robot.lookup(".agency-screening-table").tryQueryAs(TableView.class)
                    .map(t -> t.getItems().size() == 4).orElse(false));
            // Shortcut+1…4 and F5, and the wizard's Enter (다음, its default button) and Escape (its cancel)
            assertThat(scene.getAccelerators()).as("the agency's keys, once").hasSize(evaluatorKeys + 7);
            left.add(new WeakReference<>(robot.lookup(".agency").query()));

            choose("evaluatorViewItem");
            waitForEvaluatorDesk();
            assertThat(scene.getAccelerators()).hasSize(evaluatorKeys);
        }
        // Every desk left is garbage once nothing on the scene holds it (a focus listener used to).
        waitUntil(() -> {
            System.gc();
            return left.stream().allMatch(ref -> ref.get() == null);
        });
        assertThat(left).hasSize(3 * SWITCHES);
    }
}
