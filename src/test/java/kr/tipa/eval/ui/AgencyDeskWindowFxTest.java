package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.IntakeExamples;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.KeyService;
import kr.tipa.eval.testing.ZipEdit;
import kr.tipa.eval.ui.files.PreparedFiles;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The agency's desk in the main window: Ctrl+Shift+3 before any round is held, a round built and imported
 * there (the agency's fingerprint told for a phone check, the desk staying), back to the evaluator's side
 * with Ctrl+Shift+1, and a bundle whose signature no longer holds refused as a signature fault.
 */
class AgencyDeskWindowFxTest {

    private static final List<KeyCombination> DESK_KEYS = List.of(
            new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.F5));

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private PreparedFiles files;

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
        context.evaluators().add("E09", "김담당", "중소기업기술정보진흥원", true);
        context.keys().create("E09", "김담당", "중소기업기술정보진흥원");
        files = new PreparedFiles();
        window = new MainWindow(context, secrets, false, () -> { }).files(files);
        stage = FxToolkit.setupFixture(window::show);
        waitUntil(() -> robot.lookup("#demoButton").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
            stage.close();
        });
        context.close();
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    /** Shortcut (Ctrl), with Shift or not, and a key, fired on the focus owner as a real key would be. */
    private void chord(KeyCode code, boolean shift) {
        Scene scene = stage.getScene();
        Platform.runLater(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, true, false, false));
            Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, true, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private RadioMenuItem viewItem(String id) {
        return (RadioMenuItem) node(".menu-bar", MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void fire(String selector) {
        Button button = node(selector, Button.class);
        waitUntil(() -> !button.isDisabled() && button.isVisible());
        robot.interact(button::fire);
    }

    private Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".dialog-pane")).filter(p -> p != null)
                .map(DialogPane.class::cast).findFirst();
    }

    private void closeDialogs() {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList()
                .forEach(Window::hide));
        waitUntil(() -> dialog().isEmpty());
    }

    private Path buildAndImportThroughTheDesk() throws Exception {
        BuildInputs inputs = IntakeExamples.good(root.resolve("in"), 4, true);
        for (var step : List.of(List.of(inputs.program(), "#programButton"),
                List.of(inputs.applications(), "#applicationsButton"), List.of(inputs.documents(), "#documentsButton"),
                List.of(inputs.panels(), "#panelsButton"), List.of(inputs.assignments(), "#assignmentsButton"))) {
            files.next((Path) step.get(0));
            fire((String) step.get(1));
        }
        fire("#nextButton");
        Path out = Files.createDirectories(root.resolve("out")).resolve("회차.tbundle");
        files.next(out);
        fire("#buildButton");
        TextField fingerprint = node(".agency-result .agency-mono", TextField.class);
        waitUntil(() -> !fingerprint.getText().isEmpty());
        fire("#importButton");
        return out;
    }

    @Test
    void theAgencyBuildsImportsAndScreensOnItsOwnDeskThenGoesBackToTheEvaluatorsSide() throws Exception {
        Scene scene = stage.getScene();
        assertThat(viewItem("agencyViewItem").isDisable()).as("there before any round").isFalse();
        assertThat(viewItem("chairViewItem").isDisable()).as("the chair needs a round").isTrue();

        chord(KeyCode.DIGIT3, true);
        waitUntil(() -> robot.lookup(".agency").tryQuery().isPresent());
        assertThat(viewItem("agencyViewItem").isSelected()).isTrue();
        assertThat(node(".agency-title", Label.class).getText()).isEqualTo("전담기관 — 가져온 회차 없음");
        assertThat(scene.getAccelerators()).as("Ctrl+1…3 and F5").containsKeys(DESK_KEYS.toArray(KeyCombination[]::new));
        Node desk = robot.lookup(".agency").query();

        buildAndImportThroughTheDesk();
        // The import pinned the agency's certificate: its fingerprint, for a phone call.
        waitUntil(() -> dialog().map(DialogPane::getHeaderText).orElse("").startsWith("전담기관에 전화로 지문을 확인하십시오"));
        String owner = context.keys().fingerprint(KeyService.OWNER).orElseThrow().value();
        String details = ((TextArea) dialog().orElseThrow().lookup(".text-area")).getText();
        assertThat(details).contains("지문 앞부분(전화로 확인할 때): " + owner.substring(0, 23)).contains(owner);
        closeDialogs();

        // The window now holds the round (the pledge is the evaluator's, not the agency's): the same desk stays.
        waitUntil(() -> node(".agency-title", Label.class).getText().startsWith("전담기관 — 2024년도"));
        assertThat((Object) robot.lookup(".agency").query()).isSameAs(desk);
        assertThat(node("#statusBar", StatusBar.class).getText()).contains("전담기관 서명 확인: " + owner.substring(0, 23));
        chord(KeyCode.DIGIT2, false);
        waitUntil(() -> node(".agency-tabs", TabPane.class).getSelectionModel().getSelectedIndex() == 1);
        waitUntil(() -> node(".agency-screening-table", TableView.class).getItems().size() == 4);
        FxTestSupport.snapshot(robot, scene, "agency-window-screening");

        // The split is the real package service: one signed package per panel, in the folder chosen.
        Path packages = Files.createDirectories(root.resolve("packages"));
        files.next(packages);
        chord(KeyCode.DIGIT3, false);
        waitUntil(() -> node(".agency-tabs", TabPane.class).getSelectionModel().getSelectedIndex() == 2);
        waitUntil(() -> !node("#splitButton", Button.class).isDisabled());
        robot.clickOn("#splitButton");
        // 2024-EXP-0003 still needs review: the real service refuses and writes nothing
        waitUntil(() -> node(".agency-status", Label.class).getText().contains("2024-EXP-0003"));
        try (var written = Files.list(packages)) {
            assertThat(written).isEmpty();
        }
        Round held = context.rounds().require(null);
        context.screening().override(held, "2024-EXP-0003", ScreeningStatus.ELIGIBLE, "사업자등록번호 확인", "김담당");
        robot.interact(() -> node(".agency-tabs", TabPane.class).getSelectionModel().select(2));
        robot.type(KeyCode.F5);
        files.next(packages);
        waitUntil(() -> node(".agency-warning", Label.class).getText().isEmpty() && !node("#splitButton", Button.class).isDisabled());
        robot.clickOn("#splitButton");
        waitUntil(() -> node(".agency-split-written", TableView.class).getItems().size()
                == context.rounds().panels(context.rounds().require(null)).size());
        try (var written = Files.list(packages)) {
            assertThat(written.map(f -> f.getFileName().toString()))
                    .allMatch(n -> n.startsWith(context.rounds().require(null).programCode() + "-") && n.endsWith(".tbundle"))
                    .isNotEmpty();
        }
        // The panels' results are gathered on the fourth tab, for the round held.
        chord(KeyCode.DIGIT4, false);
        waitUntil(() -> robot.lookup(".panels-title").tryQuery().isPresent());
        assertThat(node(".panels-title", Label.class).getText()).contains(context.rounds().require(null).programCode());
        waitUntil(() -> node(".panels-summary", Label.class).getText().contains("결과 없음"));
        FxTestSupport.snapshot(robot, scene, "agency-window-panel-results");

        chord(KeyCode.DIGIT1, true);
        waitUntil(() -> robot.lookup("#agreeBox").tryQuery().isPresent());
        assertThat(robot.lookup(".agency").tryQuery().isPresent()).isFalse();
        assertThat(scene.getAccelerators()).as("the desk's keys left with it")
                .doesNotContainKeys(DESK_KEYS.toArray(KeyCombination[]::new));
    }

    @Test
    void aBundleWhoseSignatureNoLongerHoldsIsRefusedAsASignatureFault() throws Exception {
        chord(KeyCode.DIGIT3, true);
        waitUntil(() -> robot.lookup(".agency").tryQuery().isPresent());
        Path built = buildAndImportThroughTheDesk();
        waitUntil(() -> dialog().isPresent());
        closeDialogs();
        waitUntil(() -> node(".agency-title", Label.class).getText().startsWith("전담기관 — 2024년도"));

        Path tampered = ZipEdit.of(built).replaceText("manifest.json", m -> m.replace("\"capacity\" : 50",
                "\"capacity\" : 51")).write(root.resolve("tampered.tbundle"));
        robot.interact(() -> window.importBundle(tampered));
        waitUntil(() -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        assertThat(((Stage) pane.getScene().getWindow()).getTitle())
                .isEqualTo("서명 문제로 번들을 거부했습니다 — tampered.tbundle");
        assertThat(pane.getHeaderText()).startsWith("전담기관 서명이 없거나, 맞지 않거나").contains("종료 코드 3")
                .contains("아무것도 기록하지 않았습니다");
        assertThat(((TextArea) pane.lookup(".text-area")).getText()).contains("서명이 맞지 않습니다");
        closeDialogs();
        assertThat(context.rounds().require(null).program().capacity()).isEqualTo(50);
    }
}
