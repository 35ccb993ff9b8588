package kr.tipa.eval.ui.agency;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.IntakeExamples;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.testing.Fixtures;
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

/**
 * Screening and the split on the agency's desk, over a round the agency built (four applications in two
 * panels, the third with a business number whose check digit is wrong, so that it needs review) and imported.
 */
class AgencyScreeningFxTest {

    private static final String REVIEW = Fixtures.receiptNo(3);

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<Path> splitInto = new CopyOnWriteArrayList<>();
    private AppContext context;
    private Round round;
    private GatedTasks tasks;
    private AgencyView view;
    private Stage stage;
    private PreparedFiles files;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Refuses while anything needs review, as the panel package service does; else one file per panel. */
    private List<PanelSplitter.PanelPackageFile> split(Round r, Path folder, ReadProgress progress) {
        splitInto.add(folder);
        var open = context.screening().decisions(r).stream()
                .filter(d -> d.status() == ScreeningStatus.NEEDS_REVIEW).map(d -> d.receiptNo()).toList();
        if (!open.isEmpty()) {
            throw new RefusedException("agency.split.review", open.size(), String.join(", ", open));
        }
        return List.of(
                new PanelSplitter.PanelPackageFile("P1", "제1분과", folder.resolve("KSURE-EXPORT-2024-2-P1.tbundle"), 2,
                        "a1".repeat(32)),
                new PanelSplitter.PanelPackageFile("P2", "제2분과", folder.resolve("KSURE-EXPORT-2024-2-P2.tbundle"), 2,
                        "b2".repeat(32)));
    }

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(dir.resolve("agency"));
        Path bundle = dir.resolve("round.tbundle");
        context.roundBuilds().build(IntakeExamples.good(dir.resolve("in"), 4, true), bundle, "담당자",
                ReadProgress.NONE);
        round = Panels.importBundle(context, bundle);
        files = new PreparedFiles();
        Messages messages = Messages.korean();
        stage = FxToolkit.setupFixture(() -> {
            tasks = new GatedTasks();
            AgencyViewModel model = new AgencyViewModel(context.roundBuilds(), target -> { },
                    context.rounds(), context.screening(), this::split, tasks, messages,
                    new SimpleObjectProperty<>(round), () -> "담당자", "김담당", p -> { });
            view = new AgencyView(model, files, round -> Screen.of(new Label(round.programCode())));
            Scene scene = new Scene(view.node(), 1280, 820);
            scene.getStylesheets().add(AgencyScreeningFxTest.class.getResource("/styles/app.css").toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            view.activate();
            return s;
        });
        waitUntil(() -> table().getItems().size() == 4);
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

    @SuppressWarnings("unchecked")
    private TableView<ScreeningRow> table() {
        return robot.lookup(".agency-screening-table").queryAs(TableView.class);
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    /** Alt with a key (a mnemonic), or the key alone. */
    private void chord(KeyCode code, boolean alt) {
        Scene scene = stage.getScene();
        String text = code.isLetterKey() ? code.getChar().toLowerCase(java.util.Locale.ROOT) : "";
        Platform.runLater(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, false, false, alt, false));
            Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", text, code, false, false, alt, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Window> dialogs() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(".dialog-pane") != null).toList();
    }

    private int tab() {
        return node(".agency-tabs", TabPane.class).getSelectionModel().getSelectedIndex();
    }

    @Test
    void theAgencyDecidesAnApplicationThatNeedsReviewWithAReason() {
        assertThat(tab()).as("a desk over a round opens on screening").isEqualTo(1);
        assertThat(node(".agency-counts", Label.class).getText())
                .isEqualTo("신청 4건 — 적격 3 · 부적격 0 · 검토 필요 1");
        ScreeningRow review = table().getItems().get(2);
        assertThat(review.receiptNo()).isEqualTo(REVIEW);
        assertThat(review.panel()).isEqualTo("P1");
        assertThat(model().reasons(review)).startsWith("W01_INVALID_BUSINESS_NUMBER");

        // 검토 필요만: Alt+K goes to the box (JavaFX gives a check box's mnemonic the focus), Space ticks it.
        chord(KeyCode.K, true);
        waitUntil(() -> node("#reviewOnlyBox", CheckBox.class).isFocused());
        FxTestSupport.keys(robot, stage.getScene(), KeyCode.SPACE);
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(node("#reviewOnlyBox", CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
        });
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-6-screening");

        // 자격 결정 (Alt+D): the chair's own dialog; eligible, with a reason, Enter.
        chord(KeyCode.D, true);
        waitUntil(() -> !dialogs().isEmpty());
        DialogPane pane = (DialogPane) dialogs().get(0).getScene().getRoot().lookup(".dialog-pane");
        assertThat(pane.getHeaderText()).contains(REVIEW).contains("검토 필요");
        RadioButton eligible = (RadioButton) pane.lookupAll(".radio-button").iterator().next();
        robot.interact(() -> eligible.setSelected(true));
        TextField reason = (TextField) pane.lookup(".text-field");
        robot.clickOn(reason).write("사업자등록증 원본으로 번호 확인");
        waitUntil(() -> reason.getText().endsWith("확인"));
        FxTestSupport.keys(robot, reason.getScene(), KeyCode.ENTER);
        waitUntil(() -> dialogs().isEmpty());

        waitUntil(() -> context.screening().decisionsByReceipt(round).get(REVIEW).status() == ScreeningStatus.ELIGIBLE);
        var override = context.screening().decisionsByReceipt(round).get(REVIEW).override().orElseThrow();
        assertThat(override.decidedBy()).isEqualTo("김담당");
        assertThat(override.reason()).isEqualTo("사업자등록증 원본으로 번호 확인");
        waitUntil(() -> table().getItems().isEmpty()
                && node(".agency-counts", Label.class).getText().endsWith("검토 필요 0"));
        robot.interact(() -> node("#reviewOnlyBox", CheckBox.class).setSelected(false));
        waitUntil(() -> table().getItems().size() == 4);
        assertThat(model().decision(table().getItems().get(2))).isEqualTo("적격 (김담당, 사유: 사업자등록증 원본으로 번호 확인)");
    }

    @Test
    void theSplitShowsThePanelsIsRefusedWhileAnythingNeedsReviewAndListsThePackagesWritten() throws Exception {
        view.select(2);
        waitUntil(() -> tab() == 2);
        @SuppressWarnings("unchecked")
        TableView<PanelRow> panels = node(".agency-split-panels", TableView.class);
        waitUntil(() -> panels.getItems().size() == 2);
        assertThat(panels.getItems()).extracting(PanelRow::id, PanelRow::members, PanelRow::chair,
                PanelRow::applications, PanelRow::eligible)
                .containsExactly(org.assertj.core.api.Assertions.tuple("P1", 3, "김위원장", 2, 1),
                        org.assertj.core.api.Assertions.tuple("P2", 2, "최위원장", 2, 2));
        Label review = node(".agency-warning", Label.class);
        assertThat(review.isVisible()).isTrue();
        assertThat(review.getText()).contains("검토 필요 1건").contains(REVIEW);
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-7-split-blocked");

        Path folder = Files.createDirectories(dir.resolve("packages"));
        files.next(folder);
        Button split = node("#splitButton", Button.class);
        robot.interact(split::fire);
        waitUntil(() -> node(".agency-status", Label.class).getText().contains(REVIEW));
        assertThat(splitInto).containsExactly(folder);
        assertThat(node(".agency-split-written", TableView.class).getItems()).isEmpty();

        context.screening().override(round, REVIEW, ScreeningStatus.ELIGIBLE, "원본 확인", "김담당");
        chord(KeyCode.F5, false);
        waitUntil(() -> !review.isVisible());
        files.next(folder);
        robot.interact(split::fire);
        @SuppressWarnings("unchecked")
        TableView<PanelSplitter.PanelPackageFile> written = node(".agency-split-written", TableView.class);
        waitUntil(() -> written.getItems().size() == 2);
        assertThat(written.getItems()).extracting(PanelSplitter.PanelPackageFile::panelId).containsExactly("P1", "P2");
        assertThat(node(".agency-status", Label.class).getText()).isEqualTo("분과별 패키지 2개를 만들었습니다: " + folder);
        FxTestSupport.snapshot(robot, stage.getScene(), "agency-8-split-done");
    }

    private AgencyScreeningViewModel model() {
        return view.model().screening();
    }
}
