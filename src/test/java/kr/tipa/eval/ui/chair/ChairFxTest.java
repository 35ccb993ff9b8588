package kr.tipa.eval.ui.chair;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static kr.tipa.eval.ui.chair.ChairRound.r;
import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.testing.Folders;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.FxTestSupport;
import kr.tipa.eval.ui.files.PreparedFiles;
import kr.tipa.eval.ui.tasks.FxTasks;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The chair's desk in a real (headless) window over the hand-worked round of {@link ChairRound}. */
class ChairFxTest {

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private static Path signedByE6;
    private static Path signedByE6OnANewLaptop;

    private final FxRobot robot = new FxRobot();
    private final List<Path> toOpen = new ArrayList<>();
    private AppContext context;
    private Round round;
    private FxTasks tasks;
    private ChairViewModel model;
    private ChairView view;
    private Stage stage;
    private PreparedFiles files;

    @BeforeAll
    static void buildOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (AppContext context = Panels.open(template.resolve("chair"))) {
            ChairRound.build(context, template);
        }
        // a sixth evaluator who scored at home and sends a signed workbook
        signedByE6 = Panels.signedSheets(template.resolve("e6"), template.resolve("round.zip"), "E6", "김평가",
                Map.of(r(2), 7, r(6), 6), 1);
        // the same evaluator on a new laptop: a new key; the second export, with 0002 scored higher
        signedByE6OnANewLaptop = Panels.signedSheets(template.resolve("e6-new"), template.resolve("round.zip"), "E6",
                "김평가", Map.of(r(2), 8, r(6), 6), 2);
    }

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(Folders.copy(template.resolve("chair"), dir.resolve("chair")));
        round = context.rounds().require(null);
        files = new PreparedFiles().opening(() -> toOpen).savingInto(dir);
        stage = FxToolkit.setupFixture(() -> {
            tasks = new FxTasks();
            model = ChairRound.viewModel(context, tasks, round, new ChairRound.FakeWorkbooks(), "김결정");
            view = new ChairView(model, files);
            Scene scene = new Scene(view.node(), 1360, 860);
            scene.getStylesheets().addAll(ChairFxTest.class.getResource("/styles/app.css").toExternalForm(),
                    ChairFxTest.class.getResource("/styles/controlsfx.css").toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            view.activate();
            return s;
        });
        waitUntil(() -> model.loadedProperty().get() && !model.busyProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
            stage.close();
            tasks.close();
        });
        context.close();
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    private TableView<RankingRow> ranking() {
        return robot.lookup(".chair-ranking-table").queryAs(TableView.class);
    }

    private RankingRow shown(String receipt) {
        return ranking().getItems().stream().filter(x -> x.receiptNo().equals(receipt)).findFirst().orElseThrow();
    }

    private void keys(KeyCode... codes) {
        FxTestSupport.keys(robot, stage.getScene(), codes);
    }

    /** Shortcut (Ctrl) or Alt with a key, fired on the focus owner as a real key would be. */
    private void chord(KeyCode code, boolean shortcut, boolean alt) {
        Scene scene = stage.getScene();
        // a mnemonic matches the key's text, as a real keyboard sends it
        String text = code.isLetterKey() ? code.getChar().toLowerCase(java.util.Locale.ROOT) : "";
        Platform.runLater(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, false, shortcut, alt, false));
            Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", text, code, false, shortcut, alt, false));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The receipt numbers of the ranking rows drawn with a style class (a line under or above them). */
    private List<String> rowsWith(String styleClass) {
        return robot.lookup(styleClass).queryAll().stream().map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(row -> row.getItem() != null).map(row -> ((RankingRow) row.getItem()).receiptNo()).toList();
    }

    private int tab() {
        return node(".chair-tabs", TabPane.class).getSelectionModel().getSelectedIndex();
    }

    private void focusRanking() {
        chord(KeyCode.DIGIT2, true, false);
        waitUntil(() -> tab() == 1);
        robot.interact(ranking()::requestFocus);
        waitUntil(() -> ranking().isFocused());
    }

    /** Types a reason into the open dialog's text field and presses Enter (its default button). */
    private void answerDialog(String text, String snapshot) {
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.clickOn(field).write(text);
        waitUntil(() -> field.getText().equals(text));
        FxTestSupport.snapshot(robot, field.getScene(), snapshot);
        FxTestSupport.keys(robot, field.getScene(), KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void theFourTabsShowTheRound() {
        TableView<?> matrix = node(".chair-matrix", TableView.class);
        assertThat(matrix.getItems()).hasSize(6);
        assertThat(matrix.getColumns()).hasSize(3 + 5);
        assertThat(node("#count-SUBMITTED", Label.class).getText()).isEqualTo("제출 22");
        assertThat(node("#count-MISSING", Label.class).getText()).isEqualTo("없음 4");
        // E5 recused on 0003
        assertThat(robot.lookup(".chair-matrix .chair-cell-CONFLICT").queryAll()).isNotEmpty();
        // every sheet of this round was typed on the chair's laptop (22 submitted, E3's draft of 0006): each
        // chip says so, and one chip counts them
        assertThat(node("#count-PROXY", Label.class).getText()).isEqualTo("위원장 대리 입력 23");
        assertThat(robot.lookup(".chair-matrix .chair-proxy").queryAllAs(Label.class)).isNotEmpty()
                .allSatisfy(chip -> assertThat(chip.getText()).isIn("제출·대리", "작성중·대리"));
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-panel");

        chord(KeyCode.DIGIT2, true, false);
        waitUntil(() -> tab() == 1);
        assertThat(ranking().getItems()).extracting(RankingRow::receiptNo)
                .containsExactly(r(1), r(3), r(2), r(4), r(5), r(6));
        assertThat(node(".chair-capacity", Label.class).getText()).startsWith("기준 통과 3개사, 지원규모 2개사 내외 — 1개사 초과");
        waitUntil(() -> !robot.lookup(".chair-cutoff-after").queryAll().isEmpty());
        assertThat(rowsWith(".chair-cutoff-after")).containsOnly(r(2));
        assertThat(rowsWith(".chair-capacity-after")).containsOnly(r(3));
        assertThat(robot.lookup(".chair-dropped").queryAll().stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .map(c -> ((RankingRow) c.getTableRow().getItem()).receiptNo() + "/" + c.getTableColumn().getId())
                .distinct()).containsExactlyInAnyOrder(r(1) + "/total-E4", r(1) + "/total-E5", r(4) + "/total-E1",
                        r(4) + "/total-E2");
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-ranking");

        chord(KeyCode.DIGIT3, true, false);
        waitUntil(() -> tab() == 2);
        BarChart<?, ?> chart = node("#histogram", BarChart.class);
        assertThat(chart.getData().get(0).getData()).hasSize(20);
        assertThat(robot.lookup(".chair-bar-BELOW").queryAll()).hasSize(12);
        assertThat(robot.lookup(".chair-bar-AT_OR_ABOVE").queryAll()).hasSize(8);
        assertThat(robot.lookup(".chair-cutoff-marker").query().isVisible()).isTrue();
        assertThat(node(".chair-distribution .table-view", TableView.class).getItems()).hasSize(5);
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-distribution");

        chord(KeyCode.DIGIT4, true, false);
        waitUntil(() -> tab() == 3);
        assertThat(robot.lookup(".chair-blocker").queryAll()).hasSize(4);
        assertThat(node("#finaliseButton", Button.class).isDisabled()).isTrue();
        assertThat(node("#alertTable", TableView.class).getItems()).hasSize(1);
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-finalise");
    }

    @Test
    void theRankingIsNavigatedByArrowKeys() {
        focusRanking();
        keys(KeyCode.HOME);
        waitUntil(() -> ranking().getSelectionModel().getSelectedIndex() == 0);
        keys(KeyCode.DOWN, KeyCode.DOWN);
        waitUntil(() -> ranking().getSelectionModel().getSelectedIndex() == 2);
        assertThat(model.ranking().selectedProperty().get().receiptNo()).isEqualTo(r(2));
        waitUntil(() -> node(".chair-details", Label.class).getText().contains("검토 필요"));
        keys(KeyCode.END);
        waitUntil(() -> ranking().getSelectionModel().getSelectedIndex() == 5);
        assertThat(node("#excludeButton", Button.class).isDisabled()).as("0006 is incomplete").isTrue();
        keys(KeyCode.UP);
        waitUntil(() -> ranking().getSelectionModel().getSelectedIndex() == 4);
        assertThat(model.ranking().selectedProperty().get().receiptNo()).isEqualTo(r(5));
    }

    @Test
    void aCompanyIsExcludedByKeyboardWithAWrittenReason() {
        focusRanking();
        keys(KeyCode.HOME, KeyCode.DOWN);
        waitUntil(() -> model.ranking().selectedProperty().get() != null
                && model.ranking().selectedProperty().get().receiptNo().equals(r(3)));
        waitUntil(() -> !node("#excludeButton", Button.class).isDisabled());
        chord(KeyCode.X, false, true);
        answerDialog("지원규모 초과", "chair-dialog-exclude");
        waitUntil(() -> shown(r(3)).status() == SelectionStatus.NOT_SELECTED);
        assertThat(context.chair().exclusions(round).get(r(3)).detail()).isEqualTo("지원규모 초과");
        waitUntil(() -> robot.lookup(".chair-excluded").tryQuery().isPresent());
        assertThat(node(".chair-capacity", Label.class).getText()).contains("위원장 제외 1개사");
        // the selection stays on the company just excluded, so undoing is one key away
        waitUntil(() -> ranking().getSelectionModel().getSelectedItem() != null
                && ranking().getSelectionModel().getSelectedItem().receiptNo().equals(r(3)));
        assertThat(node("#includeButton", Button.class).isDisabled()).isFalse();
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-ranking-excluded");
    }

    @Test
    void finalisingIsDisabledWhileABlockerRemainsAndWorksOnceResolved() {
        Button finalise = node("#finaliseButton", Button.class);
        CheckBox acknowledgeAll = node("#acknowledgeAllBox", CheckBox.class);
        CheckBox closeMissing = node("#closeMissingBox", CheckBox.class);
        robot.interact(() -> {
            acknowledgeAll.setSelected(true);
            closeMissing.setSelected(true);
        });
        assertThat(finalise.isDisabled()).as("검토 필요 on 0002 cannot be ticked away").isTrue();

        // decide 0002's screening through the dialog
        focusRanking();
        robot.interact(() -> ranking().getSelectionModel().select(shown(r(2))));
        Button decide = node("#overrideButton", Button.class);
        waitUntil(() -> !decide.isDisabled());
        Platform.runLater(decide::fire);
        waitUntil(() -> robot.lookup(".dialog-pane .radio-button").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .radio-button").queryAs(RadioButton.class));
        answerDialog("사업자등록번호 원본 확인", "chair-dialog-screening");
        waitUntil(() -> robot.lookup(".chair-blocker").queryAll().size() == 3);
        assertThat(model.ranking().rows().stream().filter(x -> x.receiptNo().equals(r(2))).findFirst().orElseThrow()
                .screening().overridden()).isTrue();

        chord(KeyCode.DIGIT4, true, false);
        waitUntil(() -> tab() == 3 && !finalise.isDisabled());
        robot.interact(() -> acknowledgeAll.setSelected(false));
        assertThat(finalise.isDisabled()).as("an unacknowledged alert without the option").isTrue();
        Button ack = robot.lookup(".chair-ack").queryAs(Button.class);
        robot.interact(ack::fire);
        waitUntil(() -> robot.lookup(".chair-acknowledged").tryQuery().isPresent());
        waitUntil(() -> !finalise.isDisabled());
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-finalise-ready");
        robot.interact(finalise::fire);
        waitUntil(() -> node(".chair-finalisation", Label.class).getText().startsWith("확정됨: 김결정"));
        assertThat(context.chair().finalisation(round)).isPresent();
        waitUntil(() -> robot.lookup(".chair-blockers-none").tryQuery().isPresent());
        assertThat(model.panel().countsProperty().get().get(PanelMatrix.Cell.CLOSED)).isEqualTo(5L);

        Button export = node("#exportButton", Button.class);
        robot.interact(export::fire);
        waitUntil(() -> node(".chair-export", Label.class).getText().startsWith("잠정본"));
        assertThat(dir.resolve("종합평가결과_KSURE-EXPORT-2024-2.xlsx")).exists();
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-finalise-done");
    }

    @Test
    void aSignedWorkbookIsImportedAndReportedFileByFile() throws Exception {
        Path bogus = dir.resolve("가짜.xlsx");
        Files.writeString(bogus, "not a workbook");
        toOpen.addAll(List.of(signedByE6, bogus));
        Button importButton = node("#importButton", Button.class);
        robot.interact(importButton::fire);
        TableView<?> reports = robot.lookup("#reports").queryAs(TableView.class);
        waitUntil(() -> reports.getItems().size() == 2 && !model.panel().importingProperty().get()
                && model.panel().reports().stream().noneMatch(x -> x.state() == ImportReport.State.CHECKING));
        ImportReport loaded = model.panel().reports().get(0);
        assertThat(loaded.state()).isEqualTo(ImportReport.State.IMPORTED);
        assertThat(loaded.signer()).isEqualTo("김평가");
        assertThat(model.panel().reports().get(1).valid()).isFalse();
        waitUntil(() -> node(".chair-matrix", TableView.class).getColumns().size() == 3 + 6);
        waitUntil(() -> node("#count-SUBMITTED", Label.class).getText().equals("제출 24"));
        // E6 signed their own sheets: imported, they are no proxy entries
        assertThat(node("#count-PROXY", Label.class).getText()).isEqualTo("위원장 대리 입력 23");
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-panel-imported");
    }

    @Test
    void aChangedCertificateIsImportedOnlyAfterTheChairConfirmsBothFingerprints() {
        toOpen.add(signedByE6);
        Button importButton = node("#importButton", Button.class);
        robot.interact(importButton::fire);
        waitUntil(() -> model.panel().imported().size() == 1);
        String pinned = model.panel().imported().get(0).fingerprint();

        toOpen.clear();
        toOpen.add(signedByE6OnANewLaptop);
        Platform.runLater(importButton::fire);
        waitUntil(() -> robot.lookup(".dialog-pane .text-area").tryQuery().isPresent());
        javafx.scene.control.TextArea text = robot.lookup(".dialog-pane .text-area")
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(text.getText()).contains(pinned).contains(model.panel().reports().get(1).fingerprint());
        assertThat(model.panel().reports().get(1).state()).isEqualTo(ImportReport.State.AWAITING_REKEY);
        FxTestSupport.snapshot(robot, text.getScene(), "chair-dialog-rekey");
        Button accept = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("확인했습니다")).findFirst().orElseThrow();
        Platform.runLater(accept::fire);
        waitUntil(() -> model.panel().imported().size() == 2);
        waitUntil(() -> model.panel().reports().get(1).state() == ImportReport.State.IMPORTED);
        assertThat(model.panel().reports().get(1).changes()).contains(r(2) + " GLOBAL_1: 7 → 8");
        assertThat(context.audit().all()).extracting(e -> e.action()).contains("REKEY");
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-panel-rekeyed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRankingFilterHidesAndShowsRowsByStatusAndScreening() {
        robot.interact(() -> view.select(1));
        CheckComboBox<SelectionStatus> statuses = robot.lookup("#statusFilter").queryAs(CheckComboBox.class);
        CheckComboBox<ScreeningStatus> screenings = robot.lookup("#screeningFilter").queryAs(CheckComboBox.class);
        assertThat(ranking().getItems()).hasSize(6);
        assertThat(node("#clearFilterButton", Button.class).isDisabled()).isTrue();

        robot.interact(() -> statuses.getCheckModel().check(SelectionStatus.SELECTED));
        waitUntil(() -> ranking().getItems().size() == 3);
        assertThat(ranking().getItems()).extracting(RankingRow::receiptNo).containsExactly(r(1), r(3), r(2));
        assertThat(node("#shownLabel", Label.class).getText()).isEqualTo("3/6개사 표시");
        robot.interact(() -> {
            statuses.getCheckModel().check(SelectionStatus.NOT_SELECTED);
            statuses.show();
        });
        waitUntil(() -> ranking().getItems().size() == 4);
        FxTestSupport.snapshotWithPopups(robot, stage, "chair-ranking-filter-open");
        robot.interact(statuses::hide);

        robot.interact(() -> screenings.getCheckModel().check(ScreeningStatus.NEEDS_REVIEW));
        waitUntil(() -> ranking().getItems().size() == 1);
        assertThat(ranking().getItems()).extracting(RankingRow::receiptNo).containsExactly(r(2));
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-ranking-filtered");

        robot.interact(() -> statuses.getCheckModel().clearChecks());
        robot.interact(() -> screenings.getCheckModel().check(ScreeningStatus.INELIGIBLE));
        robot.interact(() -> screenings.getCheckModel().clearCheck(ScreeningStatus.NEEDS_REVIEW));
        waitUntil(() -> ranking().getItems().size() == 1 && ranking().getItems().get(0).receiptNo().equals(r(5)));

        robot.clickOn("#clearFilterButton");
        waitUntil(() -> ranking().getItems().size() == 6);
        assertThat(node("#shownLabel", Label.class).getText()).isEmpty();
        assertThat(statuses.getCheckModel().getCheckedItems()).isEmpty();
    }
}
