package kr.tipa.eval.ui.plan;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.demo.DemoRound;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.FxTestSupport;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import kr.tipa.eval.ui.tasks.FxTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The plan's documents over the demo round's real PDFs: a document is open only while its application is
 * shown, at most three stay open, and leaving the workspace releases them all.
 */
class DocumentPanesFxTest {

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static AppContext context;
    private static Round round;
    private static List<StoredApplication> withPdf;

    private final FxRobot robot = new FxRobot();
    private FxTasks tasks;
    private DocumentPanes panes;
    private PlanViewModel plan;
    private PlanView view;
    private TabPane tabs;
    private Stage stage;

    @BeforeAll
    static void demoRound() throws Exception {
        FxToolkit.registerPrimaryStage();
        context = Panels.open(shared.resolve("data"));
        round = Panels.importBundle(context, new DemoRound().write(shared.resolve("bundle")));
        withPdf = context.rounds().applications(round).stream()
                .filter(a -> a.documents().stream().anyMatch(d -> d.fileName().endsWith(".pdf"))).limit(2).toList();
        assertThat(withPdf).hasSize(2);
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.setupFixture(() -> {
            tasks = new FxTasks();
            panes = new DocumentPanes(context.documentReader(), tasks, context.messages(), temp);
            plan = new PlanViewModel(context.rounds(), tasks, round);
            tabs = new TabPane();
            view = new PlanView(tabs, plan, context.messages(), panes);
            Stage s = new Stage();
            s.setScene(new Scene(tabs, 900, 700));
            s.show();
            return s;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.close();
            tasks.close();
            panes.close();
        });
    }

    private void show(StoredApplication application) {
        robot.interact(() -> plan.load(application.application().receiptNo()));
        waitUntil(() -> plan.applicationProperty().get() != null
                && plan.applicationProperty().get().id() == application.id() && tabs.getTabs().size() > 1);
    }

    private DocumentViewModel openPdf() {
        Tab pdf = tabs.getTabs().stream().filter(t -> t.getText().endsWith(".pdf")).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(pdf));
        waitUntil(() -> !panes.openPanes().isEmpty());
        DocumentViewModel model = panes.openPanes().get(panes.openPanes().size() - 1).model();
        waitUntil(() -> model.stateProperty().get() == DocumentViewModel.State.PAGES);
        return model;
    }

    @Test
    void showingAnotherApplicationClosesTheDocumentsOfTheOneLeft() {
        show(withPdf.get(0));
        assertThat(panes.openDocuments()).as("nothing opens before its tab is chosen").isEmpty();
        DocumentViewModel first = openPdf();
        assertThat(panes.openDocuments()).hasSize(1);
        FxTestSupport.snapshot(robot, stage.getScene(), "plan-document-open");

        show(withPdf.get(1));
        assertThat(panes.openDocuments()).isEmpty();
        waitUntil(first::isClosed);
        DocumentViewModel second = openPdf();
        assertThat(second.isClosed()).isFalse();
    }

    @Test
    void leavingTheWorkspaceReleasesEveryDocumentAndStopsFollowingThePlan() {
        show(withPdf.get(0));
        DocumentViewModel model = openPdf();
        javafx.scene.Node online = tabs.getTabs().get(0).getContent();
        robot.interact(view::deactivate);
        assertThat(panes.openDocuments()).isEmpty();
        waitUntil(model::isClosed);
        robot.interact(() -> plan.load(withPdf.get(1).application().receiptNo()));
        waitUntil(() -> plan.applicationProperty().get().id() == withPdf.get(1).id());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs().get(0).getContent()).as("the view no longer follows the plan").isSameAs(online);
        assertThat(panes.openDocuments()).isEmpty();
    }

    @Test
    void theFourthDocumentOpenedClosesTheOneShownLongestAgo() {
        StoredDocument document = withPdf.get(0).documents().stream().filter(d -> d.fileName().endsWith(".pdf"))
                .findFirst().orElseThrow();
        List<String> evicted = new ArrayList<>();
        List<DocumentPanes.Pane> opened = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < DocumentPanes.KEEP_OPEN; i++) {
                int n = i;
                opened.add(panes.open(document, () -> evicted.add("pane " + n)));
            }
        });
        assertThat(evicted).isEmpty();
        robot.interact(() -> {
            panes.shown(opened.get(0));
            opened.add(panes.open(document, () -> evicted.add("pane 3")));
        });
        assertThat(evicted).as("pane 0 was shown again, so pane 1 is the oldest").containsExactly("pane 1");
        assertThat(panes.openPanes()).containsExactly(opened.get(2), opened.get(0), opened.get(3));
        waitUntil(() -> opened.get(1).model().isClosed());
        assertThat(opened.get(0).model().isClosed()).isFalse();
    }

    @Test
    void copiesACrashedRunLeftBehindAreSweptInTheBackground() throws Exception {
        Path stale = Files.createDirectory(temp.resolve("tipa-eval-view-crashed"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(13, ChronoUnit.HOURS)));
        Path recent = Files.createDirectory(temp.resolve("tipa-eval-view-running"));
        robot.interact(() -> new DocumentPanes(context.documentReader(), tasks, context.messages(), temp));
        waitUntil(() -> !Files.exists(stale));
        assertThat(recent).exists();
    }

    @Test
    void aDocumentReleasedJustBeforeTheWindowClosesIsClosedWithTheWindow() {
        StoredDocument document = withPdf.get(0).documents().get(0);
        // Background work that never gets to run: the window closes first.
        BackgroundTasks held = new BackgroundTasks() {
            @Override
            public <T> Handle run(Work<T> work, java.util.function.Consumer<Double> progress,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                return () -> { };
            }

            @Override
            public <T> void write(Work<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
            }
        };
        DocumentPanes closing = new DocumentPanes(context.documentReader(), held, context.messages(), temp);
        DocumentPanes.Pane[] pane = new DocumentPanes.Pane[1];
        robot.interact(() -> {
            pane[0] = closing.open(document, () -> { });
            closing.release(pane[0]);
        });
        assertThat(pane[0].model().isClosed()).as("its closing waits for a worker").isFalse();
        robot.interact(closing::close);
        assertThat(pane[0].model().isClosed()).isTrue();
    }
}
