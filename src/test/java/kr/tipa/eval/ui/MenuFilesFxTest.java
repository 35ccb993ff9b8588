package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.files.FilePrompts;
import kr.tipa.eval.ui.files.PreparedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The menus that ask for a file, driven through prepared answers: the evaluator's signed export, the
 * signature check of what it wrote, the backup, a refused import, and a cancelled prompt that does nothing.
 */
class MenuFilesFxTest {

    private static final Messages MESSAGES = new Messages(Locale.KOREAN);

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private final PreparedFiles files = new PreparedFiles();
    private AppContext context;
    private Round round;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        WindowSecrets secrets = new WindowSecrets(MESSAGES);
        secrets.remember("test-password".toCharArray());
        context = new AppContext(root.resolve("data"), MESSAGES, java.time.Clock.systemDefaultZone(), secrets);
        Path zip = root.resolve("round.zip");
        Fixtures.bundle(2).write(zip);
        context.imports().importBundle(zip, false, "test", ReadProgress.NONE);
        round = context.rounds().require(null);
        context.evaluators().add("E03", "김평가", "한국무역협회", true);
        context.keys().create("E03", "김평가", "한국무역협회");
        context.scoring().acceptPledge(round, "E03", "서약");
        List<ScoreCsv.Row> rows = round.program().rubric().indicators().stream()
                .map(i -> new ScoreCsv.Row(2, "2024-EXP-0001", i.id(), BigDecimal.valueOf(7), "")).toList();
        context.scoreLoads().load(round, "E03", Panels.parsed("e03.csv", rows), "김평가", false);
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).files(files).show());
        waitUntil(() -> robot.lookup(".table-view").tryQueryAs(TableView.class)
                .map(t -> t.getItems().size() == 2).orElse(false));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
            stage.close();
        });
        context.close();
    }

    private MenuItem menuItem(String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }

    /** Fires a menu item as a click would (later: it may open a modal dialog). */
    private void choose(String id) {
        MenuItem item = menuItem(id);
        Platform.runLater(item::fire);
    }

    private Optional<DialogPane> dialog() {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class);
    }

    private void closeDialogs() {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList()
                .forEach(Window::hide));
        waitUntil(() -> dialog().isEmpty());
    }

    @Test
    void theSignedExportGoesWhereThePromptSaidAndItsSignatureChecksOut() {
        files.savingInto(root);
        choose("exportItem");
        waitUntil(() -> dialog().map(d -> d.getHeaderText().equals(MESSAGES.get("export.done.header"))).orElse(false));
        FilePrompts.Request asked = files.asked().get(0);
        assertThat(asked.title()).isEqualTo(MESSAGES.get("export.choose"));
        assertThat(asked.initialName()).isEqualTo("평가표_E03_" + round.programCode() + ".xlsx");
        assertThat(asked.filters()).containsExactly(FilePrompts.Filter.XLSX);
        Path written = root.resolve(asked.initialName());
        assertThat(written).isRegularFile();
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText()).contains(written.toString());
        closeDialogs();

        files.next(written);
        choose("verifyItem");
        waitUntil(() -> dialog().map(d -> written.getFileName().toString().equals(d.getHeaderText())).orElse(false));
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText())
                .contains(MESSAGES.get("signing.verify.valid")).contains("김평가");
        assertThat(files.asked().get(1).title()).isEqualTo(MESSAGES.get("verify.choose"));
    }

    @Test
    void theBackupIsWrittenWhereThePromptSaid() throws Exception {
        Path target = root.resolve("노트북.bak");
        files.next(target);
        choose("backupItem");
        waitUntil(() -> dialog().map(d -> d.getHeaderText().contains(target.toString())).orElse(false));
        assertThat(Files.size(target)).isPositive();
        assertThat(files.asked()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo(MESSAGES.get("backup.choose"));
            assertThat(r.initialName()).startsWith("tipa-eval-백업-").endsWith(".bak");
        });
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains(target.toString());
    }

    @Test
    void aBundleChosenInTheMenuThatIsRefusedIsExplained() throws Exception {
        var writer = Fixtures.bundle(2);
        Fixtures.object(writer.application("2024-EXP-0002"), "company").remove("name");
        Path broken = root.resolve("broken.zip");
        writer.write(broken);
        files.next(broken);
        choose("importItem");
        waitUntil(() -> robot.lookup(".dialog-pane .text-area").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText()).contains("company.name");
        assertThat(files.asked().get(0).filters()).singleElement()
                .satisfies(f -> assertThat(f.patterns()).containsExactly("*.tbundle", "*.zip"));
        assertThat(context.rounds().all()).hasSize(1);
    }

    @Test
    void aCancelledPromptWritesNothingAndSaysNothing() throws Exception {
        choose("exportItem");
        choose("backupItem");
        waitUntil(() -> files.asked().size() == 2);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog()).isEmpty();
        try (var listing = Files.list(root)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "round.zip");
        }
    }
}
