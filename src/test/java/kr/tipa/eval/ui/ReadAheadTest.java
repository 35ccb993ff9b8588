package kr.tipa.eval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.Consumer;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.MainWindowViewModel.Stage;
import kr.tipa.eval.ui.actions.DemoLoader;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The situation read alongside the unlock, on a real encrypted folder: the unlock is followed by the
 * next screen without a second read, whichever of the two finishes first; a read ahead that fails (the
 * wrong password) is not shown, and the next screen is read again.
 */
class ReadAheadTest {

    private static final Messages MESSAGES = new Messages(Locale.KOREAN);

    @TempDir
    Path root;

    /** Work is queued and run when the test says, as worker threads would finish it. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private int reads;
    private AppContext context;
    private WindowSecrets secrets;
    private MainWindowViewModel model;

    @BeforeEach
    void open() {
        Path folder = root.resolve("encrypted");
        try (AppContext setup = Panels.open(folder)) {
            setup.evaluators().add("E03", "김평가", "", true);
        }
        secrets = new WindowSecrets(MESSAGES);
        context = new AppContext(folder, MESSAGES, Clock.systemDefaultZone(), secrets);
        BackgroundTasks deferred = new BackgroundTasks() {
            private final SynchronousTasks inline = new SynchronousTasks();

            @Override
            public <T> Handle run(Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess,
                    Consumer<Throwable> onFailure) {
                reads++;
                queued.add(() -> inline.run(work, progress, onSuccess, onFailure));
                return () -> { };
            }

            @Override
            public <T> void write(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                inline.write(work, onSuccess, onFailure);
            }
        };
        WindowSituation situation = new WindowSituation(context.folder(), context.evaluators(), context.rounds(),
                context.scoring(), context.signingCertificates(), secrets::known);
        model = new MainWindowViewModel(situation,
                new DemoLoader(context.imports(), context.rounds(), context.folder()), secrets, deferred, MESSAGES,
                new StatusLine());
        model.start(false);
        runQueued();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.LOCKED);
        reads = 0;
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void aSituationReadBeforeTheUnlockEndsIsShownAtOnceWithoutReadingAgain() {
        secrets.remember(Panels.PASSWORD.toCharArray());
        model.readAhead();
        runQueued();
        assertThat(model.stageProperty().get()).as("nothing shows before the unlock ends").isEqualTo(Stage.LOCKED);

        model.proceed();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EMPTY);
        assertThat(model.whoProperty().get()).contains("김평가");
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void anUnlockThatEndsFirstWaitsForTheReadAheadAndShowsItWhenItComes() {
        secrets.remember(Panels.PASSWORD.toCharArray());
        model.readAhead();
        model.proceed();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.LOADING);
        runQueued();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EMPTY);
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void aReadAheadWithTheWrongPasswordShowsNothingAndTheRightOneReadsAgain() {
        secrets.remember("not the password".toCharArray());
        model.readAhead();
        runQueued();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.LOCKED);
        secrets.forget();

        secrets.remember(Panels.PASSWORD.toCharArray());
        model.readAhead();
        runQueued();
        model.proceed();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EMPTY);
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void aReadAheadThatFailsAfterTheUnlockEndedIsReadAgainFromTheStart() {
        secrets.remember(Panels.PASSWORD.toCharArray());
        model.readAhead();
        // the read ahead runs without the password (as when a failed attempt forgot it meanwhile) and fails
        secrets.forget();
        model.proceed();
        queued.poll().run();
        secrets.remember(Panels.PASSWORD.toCharArray());
        runQueued();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EMPTY);
        assertThat(reads).as("the read ahead, then one from the start").isEqualTo(2);
    }
}
