package kr.tipa.eval.ui.chair;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.model.PinSource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.RosterBundles;
import kr.tipa.eval.ui.FxTestSupport;
import kr.tipa.eval.ui.files.PreparedFiles;
import kr.tipa.eval.ui.tasks.FxTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The chair's panel view says where each evaluator's certificate was taken from: E02's from the roster, E03's on
 * first import — marked "첫 가져오기로 등록" with a button that confirms it after a phone check, which the audit
 * trail records with the chair's name.
 */
class PinMarksFxTest {

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private static Path chairBundle;
    private static Path byE02;
    private static Path byE03;

    private final FxRobot robot = new FxRobot();
    private final List<Path> toOpen = new ArrayList<>();
    private AppContext context;
    private FxTasks tasks;
    private ChairViewModel model;
    private Stage stage;

    @BeforeAll
    static void sheets() throws Exception {
        FxToolkit.registerPrimaryStage();
        // The members' laptops hold the round without fingerprints; their keys are made there.
        Path laptops = RosterBundles.write(template.resolve("laptop.tbundle"), "round-1", 2, Map.of());
        byE02 = Panels.signedSheets(template.resolve("e02"), laptops, "E02", "이위원",
                Map.of(Fixtures.receiptNo(2), 7), 1);
        byE03 = Panels.signedSheets(template.resolve("e03"), laptops, "E03", "박위원",
                Map.of(Fixtures.receiptNo(1), 8, Fixtures.receiptNo(2), 6), 1);
        String e02 = kr.tipa.eval.service.SheetImportService.verify(byE02).signer().orElseThrow().fingerprint().value();
        // The chair's copy of the same version: the roster names E02's certificate, not E03's.
        chairBundle = RosterBundles.write(template.resolve("chair.tbundle"), "round-1", 2, Map.of("E02", e02));
    }

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(dir.resolve("chair"));
        Round round = Panels.importBundle(context, chairBundle);
        PreparedFiles files = new PreparedFiles().opening(() -> toOpen).savingInto(dir);
        stage = FxToolkit.setupFixture(() -> {
            tasks = new FxTasks();
            model = ChairRound.viewModel(context, tasks, round, new ChairRound.FakeWorkbooks(), "김결정");
            ChairView view = new ChairView(model, files);
            Scene scene = new Scene(view.node(), 1360, 860);
            scene.getStylesheets().add(PinMarksFxTest.class.getResource("/styles/app.css").toExternalForm());
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

    /** The chip text in the 인증서 등록 column of each imported file's row, by evaluator. */
    private Map<String, String> chips() {
        Map<String, String> chips = new java.util.TreeMap<>();
        robot.lookup(".chair-imports .table-row-cell").queryAll().forEach(row -> {
            Object item = ((javafx.scene.control.TableRow<?>) row).getItem();
            if (item instanceof kr.tipa.eval.model.ImportedSheetFile file) {
                row.lookupAll(".chair-chip").stream().filter(n -> n.getStyleClass().stream()
                        .anyMatch(c -> c.startsWith("chair-pin-"))).findFirst()
                        .ifPresent(chip -> chips.put(file.evaluatorId(), ((Label) chip).getText()));
            }
        });
        return chips;
    }

    private void importBoth() {
        toOpen.addAll(List.of(byE02, byE03));
        Button importButton = node("#importButton", Button.class);
        robot.interact(importButton::fire);
        waitUntil(() -> model.panel().imported().size() == 2 && !model.busyProperty().get());
    }

    @Test
    void aFirstImportCertificateIsMarkedBesideTheRostersAndConfirmedAfterAPhoneCheck() {
        importBoth();

        waitUntil(() -> chips().size() == 2);
        assertThat(chips()).containsEntry("E02", "로스터").containsEntry("E03", "첫 가져오기로 등록");
        VBox notes = node(".chair-pin-notes", VBox.class);
        assertThat(notes.isVisible()).isTrue();
        assertThat(robot.lookup("#confirm-pin-E02").tryQuery()).as("the roster's needs no check").isEmpty();
        String fingerprint = model.panel().pin("E03").orElseThrow().fingerprint();
        assertThat(robot.lookup(".chair-pin-note-text").queryAs(Label.class).getText())
                .contains("첫 가져오기로 등록된 인증서 1개").contains("전화로 지문을 확인");
        assertThat(node("#confirm-pin-E03", Button.class).getText()).isEqualTo("E03 박위원 확인…");
        assertThat(node("#confirm-pin-E03", Button.class).getTooltip().getText()).contains(fingerprint.substring(0, 23));
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-panel-first-import");

        Button confirm = node("#confirm-pin-E03", Button.class);
        Platform.runLater(confirm::fire);
        waitUntil(() -> robot.lookup(".dialog-pane .text-area").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText()).contains(fingerprint)
                .contains(fingerprint.substring(0, 23));
        FxTestSupport.snapshot(robot, robot.lookup(".dialog-pane").query().getScene(), "chair-dialog-confirm-pin");
        Button yes = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("확인했습니다")).findFirst().orElseThrow();
        Platform.runLater(yes::fire);

        waitUntil(() -> model.panel().pin("E03").map(p -> p.source() == PinSource.CONFIRMED).orElse(false));
        waitUntil(() -> "확인함".equals(chips().get("E03")));
        assertThat(notes.isVisible()).isFalse();
        List<AuditEntry> confirmed = context.audit().all().stream().filter(e -> e.action().equals("PIN_CONFIRMED"))
                .toList();
        assertThat(confirmed).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("김결정");
            assertThat(e.subject()).isEqualTo("E03");
            assertThat(e.detailJson()).contains(fingerprint);
        });
        assertThat(model.statusProperty().get()).contains("E03").contains("김결정");
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-panel-pin-confirmed");
    }

    @Test
    void cancellingTheCheckRecordsNothingAndKeepsTheMark() {
        importBoth();
        waitUntil(() -> robot.lookup("#confirm-pin-E03").tryQuery().isPresent());

        Platform.runLater(node("#confirm-pin-E03", Button.class)::fire);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Button cancel = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("취소")).findFirst().orElseThrow();
        Platform.runLater(cancel::fire);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        assertThat(model.panel().pin("E03").orElseThrow().source()).isEqualTo(PinSource.FIRST_IMPORT);
        assertThat(context.audit().all()).noneMatch(e -> e.action().equals("PIN_CONFIRMED"));
        assertThat(chips()).containsEntry("E03", "첫 가져오기로 등록");
        TableView<?> imported = node("#imported", TableView.class);
        assertThat(imported.getItems()).hasSize(2);
    }
}
