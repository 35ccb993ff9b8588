package kr.tipa.eval.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's first screen is read while its view is built (before it is started) and shown when it
 * is started — once, whichever of the two comes first — and a failed read falls back to the list alone.
 */
class FirstScreenTest {

    @TempDir
    Path root;

    private AppContext context;
    private Round round;
    private final HeldTasks tasks = new HeldTasks();
    private WorkspaceViewModel model;
    private final List<Integer> started = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(root.resolve("data"));
        Path bundle = root.resolve("round.zip");
        Fixtures.bundle(3).write(bundle);
        round = Panels.importBundle(context, bundle);
        context.evaluators().add("E03", "김평가", "", true);
        context.scoring().acceptPledge(round, "E03", "서약");
        context.scoring().setScore(round, "2024-EXP-0001", "E03", "GLOBAL_1", new java.math.BigDecimal("7"));
        model = new WorkspaceViewModel(context.scoring(), context.rounds(), tasks, context.messages(),
                new ConflictPrompt() {
                    @Override
                    public Optional<String> reason(String receiptNo, String company) {
                        return Optional.empty();
                    }

                    @Override
                    public void refused(String why) {
                    }
                }, round, "E03");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void readBeforeTheStartIsReadOnceAndShownOnlyWhenStarted() {
        model.readFirstScreen();
        model.readFirstScreen();
        assertThat(tasks.held).hasSize(1);
        tasks.runAll();
        assertThat(model.list().allRows()).isEmpty();
        assertThat(model.form().loadedProperty().get()).isFalse();

        model.start(list -> started.add(list.allRows().size()));

        assertThat(tasks.held).isEmpty();
        assertThat(started).containsExactly(3);
        assertThat(model.list().allRows()).extracting(WorkRow::receiptNo)
                .containsExactly("2024-EXP-0001", "2024-EXP-0002", "2024-EXP-0003");
        assertThat(model.plan().shows("2024-EXP-0001")).isTrue();
        assertThat(model.form().receiptNoProperty().get()).isEqualTo("2024-EXP-0001");
        assertThat(model.form().loadedProperty().get()).isTrue();
        // What the form shows is what is stored: the score saved before the start.
        assertThat(model.form().totalProperty().get()).isEqualByComparingTo("7");
    }

    @Test
    void startedBeforeTheReadArrivesItIsShownWhenItArrives() {
        model.readFirstScreen();
        model.start(list -> started.add(list.allRows().size()));
        assertThat(tasks.held).hasSize(1);
        assertThat(started).isEmpty();
        tasks.runAll();
        assertThat(started).containsExactly(3);
        assertThat(model.form().receiptNoProperty().get()).isEqualTo("2024-EXP-0001");
    }

    @Test
    void startedWithoutAReadAheadItReadsThenShows() {
        model.start(list -> started.add(list.allRows().size()));
        assertThat(tasks.held).hasSize(1);
        tasks.runAll();
        assertThat(started).containsExactly(3);
    }

    @Test
    void aFailedReadFallsBackToTheListAlone() {
        tasks.failNext = true;
        model.readFirstScreen();
        model.start(list -> started.add(list.allRows().size()));
        tasks.runAll();
        assertThat(started).containsExactly(3);
        assertThat(model.list().allRows()).hasSize(3);
    }

    /** Holds every read until the test runs it, as the window's workers would finish it later. */
    private static final class HeldTasks implements BackgroundTasks {
        private final Deque<Runnable> held = new ArrayDeque<>();
        private boolean failNext;

        @Override
        public <T> Handle run(Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            boolean fail = failNext;
            failNext = false;
            held.add(() -> {
                if (fail) {
                    onFailure.accept(new IllegalStateException("read failed"));
                    return;
                }
                T result;
                try {
                    result = work.call(new Progress() {
                        @Override
                        public void update(long done, long total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    });
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
            return () -> { };
        }

        @Override
        public <T> void write(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            run(work, d -> { }, onSuccess, onFailure);
            runAll();
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.removeFirst().run();
            }
        }
    }
}
