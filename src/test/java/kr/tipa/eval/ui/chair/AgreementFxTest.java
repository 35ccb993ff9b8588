package kr.tipa.eval.ui.chair;

import static kr.tipa.eval.testing.Fixtures.object;
import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Folders;
import kr.tipa.eval.testing.Panels;
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
 * The 일치도 tab in a real (headless) window over a panel with one harsh evaluator, capacity 2:
 *
 * <pre>
 *        E1  E2  E3  E4(harsh)  official
 * 0001   62  62  62  52         59.50  (adjusted 60.77: crosses the cutoff upwards)
 * 0002   76  76  76  66         73.50  rank 3 (adjusted 76.27, place 2: into the capacity)
 * 0003   50  50  50  40         47.50
 * 0004   45  45  45   –         45.00
 * 0005   75  75  75   –         75.00  rank 2 (adjusted 73.31, place 3: out of the capacity)
 * 0006   85  85  85   –         85.00  rank 1
 * </pre>
 * The adjusted values are those of the capacity case worked by hand in PanelAdvisoryTest.
 */
class AgreementFxTest {

    private static final int[] FAIR = {62, 76, 50, 45, 75, 85};

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private FxTasks tasks;
    private ChairViewModel model;
    private Stage stage;

    @BeforeAll
    static void buildOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (AppContext context = Panels.open(template.resolve("chair"))) {
            var manifest = Fixtures.manifest();
            object(manifest, "program").put("capacity", 2);
            BundleWriter writer = Fixtures.bundle(manifest, FAIR.length);
            Path bundle = template.resolve("round.zip");
            writer.write(bundle);
            Round round = Panels.importBundle(context, bundle);
            for (int e = 1; e <= 4; e++) {
                context.evaluators().add("E" + e, "위원" + e, "한국무역협회", false);
                context.keys().create("E" + e, "위원" + e, "한국무역협회");
            }
            for (int e = 1; e <= 4; e++) {
                List<ScoreCsv.Row> rows = new ArrayList<>();
                for (int i = 0; i < FAIR.length; i++) {
                    if (e == 4 && i >= 3) {
                        continue;
                    }
                    rows.addAll(rows(round, Fixtures.receiptNo(i + 1), e == 4 ? FAIR[i] - 10 : FAIR[i], rows.size()));
                }
                context.scoreLoads().load(round, "E" + e, Panels.parsed("E" + e + ".csv", rows), Panels.CHAIR,
                        false);
            }
        }
    }

    /** Ten indicator scores adding up to {@code total}. */
    private static List<ScoreCsv.Row> rows(Round round, String receipt, int total, int before) {
        List<Indicator> indicators = round.program().rubric().indicators();
        List<ScoreCsv.Row> rows = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            int score = total / indicators.size() + (k < total % indicators.size() ? 1 : 0);
            rows.add(new ScoreCsv.Row(2 + before + k, receipt, indicators.get(k).id(), BigDecimal.valueOf(score), ""));
        }
        return rows;
    }

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(Folders.copy(template.resolve("chair"), dir.resolve("chair")));
        Round round = context.rounds().require(null);
        PreparedFiles files = new PreparedFiles();
        stage = FxToolkit.setupFixture(() -> {
            tasks = new FxTasks();
            model = ChairRound.viewModel(context, tasks, round, new ChairRound.FakeWorkbooks(), "김결정");
            ChairView view = new ChairView(model, files);
            Scene scene = new Scene(view.node(), 1360, 860);
            scene.getStylesheets().add(AgreementFxTest.class.getResource("/styles/app.css").toExternalForm());
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

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    private void shortcut(KeyCode code) {
        Scene scene = stage.getScene();
        Platform.runLater(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, true, false, false));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theHarshEvaluatorStandsOutAndTheMovedApplicationsAreListed() {
        shortcut(KeyCode.DIGIT5);
        waitUntil(() -> node(".chair-tabs", TabPane.class).getSelectionModel().getSelectedIndex() == 4);

        EvaluatorStripChart chart = node("#evaluatorStrips", EvaluatorStripChart.class);
        assertThat(chart.strips()).extracting(EvaluatorStrip::id).containsExactly("E1", "E2", "E3", "E4");
        assertThat(chart.strips()).extracting(EvaluatorStrip::lean).containsExactly(EvaluatorStrip.Lean.USUAL,
                EvaluatorStrip.Lean.USUAL, EvaluatorStrip.Lean.USUAL, EvaluatorStrip.Lean.HARSH);
        assertThat(chart.getWidth()).isGreaterThan(300);
        // the score axis: E4's 40 less 5, down to a ten (30); 85 plus 5 (90)
        assertThat(chart.range()).containsExactly(30.0, 90.0);

        assertThat(node(".chair-alpha", Label.class).getText()).startsWith("α = 0.");
        assertThat(node(".chair-alpha-interval", Label.class).getText()).startsWith("95% 구간 ");
        @SuppressWarnings("unchecked")
        TableView<CrossingRow> crossings = robot.lookup(".chair-agreement .table-view").nth(1).queryAs(TableView.class);
        // in ranking order: 0005 (rank 2) leaves the capacity, 0002 (rank 3) enters it, 0001 crosses the cutoff
        assertThat(crossings.getItems()).extracting(CrossingRow::receiptNo)
                .containsExactly("2024-EXP-0005", "2024-EXP-0002", "2024-EXP-0001");
        CrossingRow first = crossings.getItems().get(2);
        assertThat(first.composite()).isEqualByComparingTo("59.50");
        assertThat(first.adjusted()).isEqualByComparingTo("60.77");
        assertThat(first.change()).isEqualTo("기준 60점 미만 → 이상");
        assertThat(crossings.getItems().get(0).change()).isEqualTo("지원규모 2개사 안 → 밖");
        FxTestSupport.snapshot(robot, stage.getScene(), "chair-agreement");
    }
}
