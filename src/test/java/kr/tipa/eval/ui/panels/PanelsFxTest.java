package kr.tipa.eval.ui.panels;

import static kr.tipa.eval.testing.TwoPanelRound.A2;
import static kr.tipa.eval.testing.TwoPanelRound.A3;
import static kr.tipa.eval.testing.TwoPanelRound.A4;
import static kr.tipa.eval.testing.TwoPanelRound.A5;
import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelResultImportService.PanelState;
import kr.tipa.eval.testing.PanelResultFiles;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.TwoPanelRound;
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

/** 분과 현황 alone in a headless window over the agency's database of {@link TwoPanelRound}. */
class PanelsFxTest {

    @TempDir
    static Path root;

    private static TwoPanelRound round;
    private static int copies;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private FxTasks tasks;
    private PanelsViewModel model;
    private Stage stage;
    private PreparedFiles files;

    @BeforeAll
    static void buildOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        round = new TwoPanelRound(root.resolve("round")).build();
    }

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(round.agencyCopy("agency-fx-" + (++copies)));
        Round held = context.rounds().require(null);
        files = new PreparedFiles().savingInto(dir);
        stage = FxToolkit.setupFixture(() -> {
            tasks = new FxTasks();
            model = new PanelsViewModel(context.panelResults(), context.results(), context.resultWorkbooks(),
                    context.resultCsv(), tasks, context.messages(), held, "전담기관 담당자", ZoneId.of("Asia/Seoul"));
            PanelsView view = new PanelsView(model, files);
            Scene scene = new Scene(view.node(), 1200, 760);
            scene.getStylesheets().add(PanelsFxTest.class.getResource("/styles/app.css").toExternalForm());
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
            stage.close();
            tasks.close();
        });
        context.close();
    }

    private void click(String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
    }

    @SuppressWarnings("unchecked")
    private MergedRow rowWith(String styleClass) {
        TableRow<MergedRow> row = robot.lookup(".panels-ranking ." + styleClass).queryAs(TableRow.class);
        return row.getItem();
    }

    @Test
    void beforeAnyResultEveryPanelIsMissingAndNothingIsRanked() {
        assertThat(model.panels()).extracting(PanelRow::id, PanelRow::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P1", PanelState.State.MISSING),
                org.assertj.core.groups.Tuple.tuple("P2", PanelState.State.MISSING));
        assertThat(robot.lookup(".panels-summary").queryAs(Label.class).getText()).isEqualTo(
                "분과 2개: 확정 0, 잠정 0, 결과 없음 2");
        // P1's roster names its chair's certificate: it is shown before any result arrives
        assertThat(model.panels().get(0).fingerprint()).isEqualTo(round.c1Fingerprint());
        assertThat(model.ranking()).allMatch(r -> r.rank().isEmpty());
    }

    @Test
    void bothPanelsImportedAtOnceGiveTheMergedRankingWithItsLines() throws Exception {
        files.next(round.p1Final(), round.p2Final());
        click("#importButton");
        waitUntil(() -> !model.busyProperty().get() && model.allFinalProperty().get());

        assertThat(model.statusProperty().get()).isEqualTo("파일 2개를 가져왔습니다: P1 제1판 확정, P2 제1판 확정");
        assertThat(model.panels()).extracting(PanelRow::state).containsOnly(PanelState.State.FINAL);
        assertThat(model.panels().get(0).fromRoster()).isTrue();
        assertThat(model.panels().get(1).fromRoster()).isFalse();
        assertThat(model.ranking()).extracting(MergedRow::receiptNo).startsWith(TwoPanelRound.A1, A2, A5, A4, A3);
        assertThat(model.ranking().get(1).panel()).isEqualTo("P1");
        assertThat(model.ranking().get(2).panel()).isEqualTo("P2");
        assertThat(model.capacityTextProperty().get()).contains("기준 통과 5개사, 지원규모 4개사 내외 — 1개사 초과");
        assertThat(rowWith("panels-capacity-after").receiptNo()).isEqualTo(A4);
        assertThat(rowWith("panels-cutoff-after").receiptNo()).isEqualTo(A3);
        FxTestSupport.snapshot(robot, stage.getScene(), "panels-merged");

        click("#csvButton");
        waitUntil(() -> !model.busyProperty().get() && model.statusProperty().get().contains("CSV"));
        Path csv = dir.resolve("선정결과-KSURE-EXPORT-2024-2.csv");
        assertThat(Files.readString(csv)).startsWith("\uFEFFreceiptNo,panel,company,");
        assertThat(files.asked()).extracting(kr.tipa.eval.ui.files.FilePrompts.Request::title).contains("결과 CSV를 저장할 곳");
    }

    @Test
    void aFileWhoseSignatureBrokeIsRefusedInWordsAndNothingIsImported() throws Exception {
        Path broken = PanelResultFiles.edited(round.p1Final(), dir.resolve("broken.xlsx"),
                json -> json.replaceFirst("\"final\":true", "\"final\":false"));
        files.next(broken, round.p2Final());
        click("#importButton");
        waitUntil(() -> !model.busyProperty().get() && model.statusIsErrorProperty().get());

        assertThat(model.statusProperty().get()).contains("broken.xlsx: 서명을 확인할 수 없어");
        assertThat(model.panels()).extracting(PanelRow::state).containsOnly(PanelState.State.MISSING);
        assertThat(robot.lookup(".panels-status").queryAs(Label.class).getPseudoClassStates())
                .extracting(Object::toString).contains("error");
        FxTestSupport.snapshot(robot, stage.getScene(), "panels-refused");
    }
}
