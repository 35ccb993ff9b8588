package kr.tipa.eval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.demo.DemoRound;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.MainWindowViewModel.Stage;
import kr.tipa.eval.ui.actions.DemoLoader;
import kr.tipa.eval.ui.firstrun.PledgeViewModel;
import kr.tipa.eval.ui.firstrun.ProfileViewModel;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window shows, decided from a real data folder: locked, profile, empty, pledge, workspace. */
class MainWindowViewModelTest {

    private static final Messages MESSAGES = new Messages(Locale.KOREAN);

    @TempDir
    Path root;

    private final SynchronousTasks tasks = new SynchronousTasks();
    private final StatusLine status = new StatusLine();
    private AppContext context;
    private WindowSecrets secrets;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private MainWindowViewModel window(Path folder) {
        secrets = new WindowSecrets(MESSAGES);
        context = new AppContext(folder, MESSAGES, Clock.systemDefaultZone(), secrets);
        return new MainWindowViewModel(new WindowSituation(context.folder(), context.evaluators(), context.rounds(),
                context.scoring(), context.signingCertificates(), secrets::known), demo(), secrets, tasks, MESSAGES,
                status);
    }

    private DemoLoader demo() {
        return new DemoLoader(context.imports(), context.rounds(), context.folder());
    }

    private void createProfile(MainWindowViewModel model) {
        ProfileViewModel profile = new ProfileViewModel(context.evaluators(), context.keys(),
                context.signingCertificates(), secrets, tasks, MESSAGES, model::reload);
        profile.nameProperty().set("김평가");
        profile.idProperty().set("E03");
        profile.passwordProperty().set("password-1");
        profile.confirmProperty().set("password-1");
        profile.save();
    }

    @Test
    void aFreshLaptopAsksForTheProfileThenShowsTheEmptyStateThenThePledgeThenTheWorkspace() throws Exception {
        MainWindowViewModel model = window(root.resolve("data"));
        model.start(false);
        assertThat(model.stageProperty().get()).isEqualTo(Stage.PROFILE);
        assertThat(model.whoProperty().get()).isEmpty();

        createProfile(model);
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EMPTY);
        String shortForm = context.keys().fingerprint("E03").orElseThrow().shortForm();
        assertThat(model.whoProperty().get()).contains("김평가").contains("E03").contains(shortForm);
        assertThat(model.actor()).isEqualTo("E03");

        Path bundle = root.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        context.imports().importBundle(bundle, false, "test", kr.tipa.eval.bundle.ReadProgress.NONE);
        model.reload();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.PLEDGE);

        new PledgeViewModel(context.scoring(), tasks, MESSAGES, status, model.roundProperty().get(),
                model.selfProperty().get(), model::reload).accept();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.WORKSPACE);
        assertThat(model.whoProperty().get()).contains(model.roundProperty().get().program().name());
    }

    @Test
    void anEncryptedFolderIsLockedWithoutBeingOpenedUntilThePasswordIsKnown() throws Exception {
        Path folder = root.resolve("encrypted");
        try (AppContext setup = Panels.open(folder)) {
            setup.evaluators().add("E03", "김평가", "", true);
        }
        MainWindowViewModel model = window(folder);
        model.start(false);
        assertThat(model.stageProperty().get()).isEqualTo(Stage.LOCKED);
        model.lockForIdle();
        assertThat(model.idleLockedProperty().get()).as("nothing to lock before the password").isFalse();

        secrets.remember(Panels.PASSWORD.toCharArray());
        model.proceed();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EMPTY);
        model.lockForIdle();
        assertThat(model.idleLockedProperty().get()).isTrue();
        model.unlockedFromIdle();
        assertThat(model.idleLockedProperty().get()).isFalse();
    }

    @Test
    void theDemoRoundAskedForAtStartIsLoadedOnceTheProfileExists() {
        MainWindowViewModel model = window(root.resolve("demo"));
        model.start(true);
        assertThat(model.stageProperty().get()).isEqualTo(Stage.PROFILE);
        createProfile(model);
        assertThat(model.stageProperty().get()).isEqualTo(Stage.PLEDGE);
        assertThat(model.roundProperty().get().programCode()).isEqualTo(DemoRound.PROGRAM_CODE);
        assertThat(root.resolve("demo").resolve("demo")).as("the demo bundle is removed again").doesNotExist();
    }
}
