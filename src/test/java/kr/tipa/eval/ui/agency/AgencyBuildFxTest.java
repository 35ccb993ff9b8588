package kr.tipa.eval.ui.agency;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.IntakeExamples;
import kr.tipa.eval.authoring.IntakeTemplate;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.service.KeyService;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.FxTestSupport;
import kr.tipa.eval.ui.Screen;
import kr.tipa.eval.ui.files.PreparedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The agency's build wizard in a real (headless) window over the real round build service. */
class AgencyBuildFxTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<Path> imported = new CopyOnWriteArrayList<>();
    private AppContext context;
    private GatedTasks tasks;
    private AgencyView view;
    private Stage stage;
    private PreparedFiles files;
    private Path out;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(dir.resolve("agency"));
        out = Files.createDirectories(dir.resolve("out"));
        files = new PreparedFiles();
        Messages messages = Messages.korean();
        stage = FxToolkit.setupFixture(() -> {
            tasks = new GatedTasks();
            AgencyViewModel model = new AgencyViewModel(context.roundBuilds(), new IntakeTemplate(messages)::write,
                    context.rounds(), context.screening(), PanelSplitter.UNAVAILABLE, tasks, messages,
                    new SimpleObjectProperty<Round>(), () -> "담당자", "김담당", imported::add);
            view = new AgencyView(model, files, round -> Screen.of(new Label(round.programCode())));
            Scene scene = new Scene(view.node(), 1280, 820);
            scene.getStylesheets().add(AgencyBuildFxTest.class.getResource("/styles/app.css").toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            view.activate();
            return s;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
            view.deactivate();
            stage.close();
            tasks.close();
        });
        context.close();
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    private void fire(String selector) {
        Button button = node(selector, Button.class);
        waitUntil(() -> !button.isDisabled());
        robot.interact(button::fire);
    }

    private void keys(KeyCode... codes) {
        FxTestSupport.keys(robot, stage.getScene(), codes);
    }

    /** Shortcut with a key, fired on the focus owner as a real key would be. */
    private void shortcut(KeyCode code) {
        Scene scene = stage.getScene();
        Platform.runLater(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses every input through the prompts, as a person would with the buttons. */
    private void chooseThroughPrompts(BuildInputs inputs) {
        files.next(inputs.program());
        fire("#programButton");
        waitUntil(() -> robot.lookup("#fact-code").tryQueryAs(Label.class).map(Label::getText)
                .orElse("").equals("KSURE-EXPORT-2024-2"));
        files.next(inputs.applications());
        fire("#applicationsButton");
        files.next(inputs.documents());
        fire("#documentsButton");
        files.next(inputs.panels());
        fire("#panelsButton");
        files.next(inputs.assignments());
        fire("#assignmentsButton");
        waitUntil(() -> !node("#nextButton", Button.class).isDisabled());
    }

    private long filesIn(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    private String clipboard() {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFaultyIntakeShowsEveryFaultInATableThatSortsAndCopies() throws Exception {
        chooseThroughPrompts(IntakeExamples.faulty(dir.resolve("in")));
        assertThat(node("#fact-cutoff", Label.class).getText()).isEqualTo("60점 이상");
        assertThat(node("#fact-capacity", Label.class).getText()).isEqualTo("50개사 내외");
        assertThat(node("#fact-blind", Label.class).getText()).startsWith("공개");
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-1-inputs");

        // Enter reads (the default button of the first step); nothing is written.
        robot.interact(() -> node("#programField", TextField.class).requestFocus());
        keys(KeyCode.ENTER);
        TableView<FaultRow> table = node(".agency-fault-table", TableView.class);
        waitUntil(() -> table.isVisible() && table.getItems().size() == 5);
        assertThat(node(".agency-headline", Label.class).getText()).contains("문제가 5건");
        assertThat(node("#buildButton", Button.class).isDisabled()).isTrue();

        // Sorted by the row column: the documents folder's fault (a whole folder, no row) comes first.
        TableColumn<FaultRow, ?> rows = table.getColumns().get(1);
        robot.interact(() -> table.getSortOrder().setAll(rows));
        assertThat(table.getItems()).extracting(FaultRow::row).containsExactly(0, 3, 4, 5, 5);
        assertThat(table.getItems().get(0).file()).isEqualTo("documents/2024-EXP-0099/");
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-2-faults");

        // Two rows chosen, Ctrl+C: the header and those two rows, tab-separated.
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(1, 2);
        });
        shortcut(KeyCode.C);
        String[] lines = clipboard().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("파일\t행\t열(항목 키)\t문제");
        assertThat(lines[1]).startsWith("applications.csv\t3\trndProject.role\t").contains("BOSS");
        assertThat(lines[2]).startsWith("applications.csv\t4\tsubmittedAt\t").contains("2024-13-45");
        assertThat(node(".agency-status", Label.class).getText()).isEqualTo("문제 2건을 클립보드에 복사했습니다.");

        // Nothing chosen, 복사: every row.
        robot.interact(() -> table.getSelectionModel().clearSelection());
        fire("#copyButton");
        assertThat(clipboard().split("\n")).hasSize(6);
        assertThat(filesIn(out)).isZero();
    }

    @Test
    void aGoodIntakeIsReadThenWrittenSignedAndTheWrittenRoundImports() throws Exception {
        chooseThroughPrompts(IntakeExamples.good(dir.resolve("in"), 4, false));
        fire("#nextButton");
        @SuppressWarnings("unchecked")
        TableView<PanelRow> panels = node(".agency-panel-table", TableView.class);
        waitUntil(() -> panels.isVisible() && panels.getItems().size() == 2);
        assertThat(panels.getItems()).extracting(PanelRow::members).containsExactly(3, 2);
        assertThat(node(".agency-headline", Label.class).getText())
                .startsWith("신청 4건, 문서 8개").contains("분과 2개");
        assertThat(node(".agency-inferred-table", TableView.class).getItems()).hasSize(8);
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-3-preview");

        Path target = out.resolve("회차.tbundle");
        files.next(target);
        fire("#buildButton");
        TextField fingerprint = node(".agency-result .agency-mono", TextField.class);
        waitUntil(() -> !fingerprint.getText().isEmpty());
        String owner = context.keys().fingerprint(KeyService.OWNER).orElseThrow().value();
        assertThat(fingerprint.getText()).isEqualTo(owner);
        assertThat(node(".agency-fingerprint-short", Label.class).getText()).isEqualTo(owner.substring(0, 23));
        assertThat(files.asked().getLast().initialName()).isEqualTo("KSURE-EXPORT-2024-2.tbundle");
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-4-written");

        fire("#importButton");
        waitUntil(() -> imported.size() == 1);
        assertThat(imported).containsExactly(target);
        assertThat(node("#importButton", Button.class).isDisabled()).as("imported once").isTrue();

        // The committee's own database imports what was written, pinning the agency's certificate.
        try (AppContext committee = Panels.open(dir.resolve("committee"))) {
            ImportOutcome outcome = committee.imports().importBundle(target, false, "test",
                    kr.tipa.eval.bundle.ReadProgress.NONE);
            assertThat(outcome.applications()).isEqualTo(4);
            assertThat(outcome.agencySignature()).hasValueSatisfying(a -> {
                assertThat(a.fingerprint()).isEqualTo(owner);
                assertThat(a.pinnedNow()).isTrue();
            });
            assertThat(committee.rounds().panels(outcome.round())).hasSize(2);
        }
    }

    @Test
    void cancellingABuildUnderWayWritesNothing() throws Exception {
        BuildInputs inputs = IntakeExamples.good(dir.resolve("in"), 3, false);
        chooseThroughPrompts(inputs);
        fire("#nextButton");
        waitUntil(() -> !node("#buildButton", Button.class).isDisabled());
        tasks.arm();
        files.next(out.resolve("회차.tbundle"));
        fire("#buildButton");
        tasks.awaitPaused();
        Button cancel = node("#cancelButton", Button.class);
        waitUntil(() -> cancel.isVisible() && !cancel.isDisabled() && cancel.isFocused());
        assertThat(node(".agency-result .progress-bar", ProgressBar.class).isVisible()).isTrue();
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-5-writing");

        keys(KeyCode.ESCAPE);
        tasks.open();
        waitUntil(() -> robot.lookup(".agency-result .agency-headline").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("취소했습니다. 아무 파일도 쓰지 않았습니다.")));
        assertThat(filesIn(out)).as("no bundle and no partial file").isZero();
        assertThat(node("#backButton", Button.class).isDisabled()).isFalse();
    }
}
