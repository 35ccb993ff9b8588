package kr.tipa.eval.ui;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.IntakeTemplate;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.ui.actions.BackupAction;
import kr.tipa.eval.ui.actions.DemoLoader;
import kr.tipa.eval.ui.actions.ExportSheetsAction;
import kr.tipa.eval.ui.actions.ImportViewModel;
import kr.tipa.eval.ui.actions.MenuActions;
import kr.tipa.eval.ui.actions.VerifyAction;
import kr.tipa.eval.ui.agency.AgencyView;
import kr.tipa.eval.ui.agency.AgencyViewModel;
import kr.tipa.eval.ui.agency.PanelSplitter;
import kr.tipa.eval.ui.chair.ChairView;
import kr.tipa.eval.ui.chair.ChairViewModel;
import kr.tipa.eval.ui.files.FilePrompts;
import kr.tipa.eval.ui.files.FxFilePrompts;
import kr.tipa.eval.ui.firstrun.BackupPrompt;
import kr.tipa.eval.ui.firstrun.PledgeView;
import kr.tipa.eval.ui.firstrun.PledgeViewModel;
import kr.tipa.eval.ui.firstrun.ProfileView;
import kr.tipa.eval.ui.firstrun.ProfileViewModel;
import kr.tipa.eval.ui.firstrun.RestoreViewModel;
import kr.tipa.eval.ui.firstrun.UnlockView;
import kr.tipa.eval.ui.firstrun.UnlockViewModel;
import kr.tipa.eval.ui.plan.DocumentPanes;
import kr.tipa.eval.ui.scoring.SigningConfirmation;
import kr.tipa.eval.ui.tasks.FxTasks;
import kr.tipa.eval.ui.workspace.ConflictDialogs;
import kr.tipa.eval.ui.workspace.WorkspaceView;
import kr.tipa.eval.ui.workspace.WorkspaceViewModel;

/**
 * The main window, and the one place in the window that holds the application's context: it takes out
 * of it the services each view model uses and hands them on through constructors (as {@link Screens}),
 * loads the view, and closes the background work and the open documents with the window.
 */
public final class MainWindow {

    private final AppContext context;
    private final WindowSecrets secrets;
    private final boolean demo;
    private final Runnable onClosed;
    private MainWindowView view;
    private Path opening;
    private FilePrompts files;
    private BackupPrompt backupPrompt;

    public MainWindow(AppContext context, WindowSecrets secrets, boolean demo, Runnable onClosed) {
        this.context = context;
        this.secrets = secrets;
        this.demo = demo;
        this.onClosed = onClosed;
    }

    /** Where the window asks for files: the system's file choosers unless a test gives prepared answers. */
    public MainWindow files(FilePrompts prompts) {
        this.files = prompts;
        return this;
    }

    /** Answers the restore password without a dialog (tests). */
    public MainWindow backupPrompt(BackupPrompt prompt) {
        this.backupPrompt = prompt;
        return this;
    }

    /** A bundle the window was opened with (double-clicked), imported as soon as the folder is unlocked. */
    public MainWindow opening(Path bundle) {
        this.opening = bundle;
        return this;
    }

    /** Imports a bundle as if chosen in the menu (a file opened with the application, or a test). */
    public void importBundle(Path bundle) {
        view.importFrom(bundle);
    }

    public Stage show() {
        Stage stage = new Stage();
        Messages messages = context.messages();
        FxTasks tasks = new FxTasks();
        StatusLine status = new StatusLine();
        FilePrompts prompts = files != null ? files : new FxFilePrompts(() -> stage);
        DemoLoader demoLoader = new DemoLoader(context.imports(), context.rounds(), context.folder());
        MainWindowViewModel model = new MainWindowViewModel(new WindowSituation(context.folder(),
                context.evaluators(), context.rounds(), context.scoring(), context.keys(), secrets::known),
                demoLoader, secrets, tasks, messages, status);
        MenuActions actions = new MenuActions(
                new ImportViewModel(context.imports(), demoLoader, tasks, messages, status, model::actor, model::reload),
                new ExportSheetsAction(context.sheetExports(), tasks, messages),
                new BackupAction(context.backups(), tasks, messages, status),
                new VerifyAction(tasks, messages));
        DocumentPanes documents = new DocumentPanes(context.documentReader(), tasks, messages);
        Screens screens = new WindowScreens(stage, model, tasks, status, prompts, documents);
        view = new MainWindowView(stage, model, actions, screens, prompts, messages, context.dataFolder());
        Parent root = Views.load("MainWindow", view, messages.resourceBundle());
        // A small laptop screen gets a window that fits it.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/app.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        var icon = MainWindow.class.getResource("/icons/tipa-eval.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            view.leave();
            // Queued autosaves finish before the database closes.
            tasks.close();
            documents.close();
            onClosed.run();
        });
        stage.show();
        if (opening != null) {
            view.importWhenReady(opening);
        }
        model.start(demo);
        return stage;
    }

    /** Each screen's view model with the services it uses, from this window's context. */
    private final class WindowScreens implements Screens {

        private final Stage stage;
        private final MainWindowViewModel model;
        private final FxTasks tasks;
        private final StatusLine status;
        private final FilePrompts prompts;
        private final DocumentPanes documents;
        private final Messages messages = context.messages();

        WindowScreens(Stage stage, MainWindowViewModel model, FxTasks tasks, StatusLine status, FilePrompts prompts,
                DocumentPanes documents) {
            this.stage = stage;
            this.model = model;
            this.tasks = tasks;
            this.status = status;
            this.prompts = prompts;
            this.documents = documents;
        }

        @Override
        public Screen unlock(boolean idle) {
            UnlockView unlock = new UnlockView(new UnlockViewModel(context.folder(), secrets, tasks, messages, idle,
                    idle ? model::unlockedFromIdle : model::proceed), messages);
            return Screen.of(Views.load("Unlock", unlock, messages.resourceBundle()), unlock::stop);
        }

        @Override
        public Screen profile() {
            ProfileViewModel profile = new ProfileViewModel(context.evaluators(), context.keys(), secrets, tasks,
                    messages, model::reload);
            RestoreViewModel restore = new RestoreViewModel(context.backups(), context.folder(), secrets, tasks,
                    messages, status, model::proceed);
            BackupPrompt passwords = backupPrompt != null ? backupPrompt : BackupPrompt.dialog(messages);
            return Screen.of(Views.load("Profile",
                    new ProfileView(profile, restore, prompts, passwords, messages), messages.resourceBundle()));
        }

        @Override
        public Screen pledge(Round round, PanelMember me) {
            PledgeViewModel pledge = new PledgeViewModel(context.scoring(), tasks, messages, status, round, me,
                    model::reload);
            return Screen.of(Views.load("Pledge", new PledgeView(pledge), messages.resourceBundle()));
        }

        @Override
        public Desk evaluatorDesk(Round round, PanelMember me) {
            return new WorkspaceView(new WorkspaceViewModel(context.scoring(), context.rounds(), tasks, messages,
                    new ConflictDialogs(messages, () -> stage), round, me.id()), messages, documents,
                    SigningConfirmation.dialogs(messages));
        }

        @Override
        public Desk agencyDesk(PanelMember me) {
            // TODO(lead, #13 split): (round, dir, p) -> context.panelPackages().split(round, dir, model.actor(), p).stream().map(k -> new PanelSplitter.PanelPackageFile(k.panelId(), k.panelName(), k.file(), k.applications(), k.sha256())).toList()
            PanelSplitter splitter = PanelSplitter.UNAVAILABLE;
            AgencyViewModel agency = new AgencyViewModel(context.roundBuilds(), new IntakeTemplate(messages)::write,
                    context.rounds(), context.screening(), splitter, tasks, messages, model.roundProperty(),
                    model::actor, me == null ? model.actor() : me.evaluator().name(), bundle -> view.importFrom(bundle));
            return new AgencyView(agency, prompts);
        }

        @Override
        public Desk chairDesk(Round round, PanelMember me) {
            return new ChairView(new ChairViewModel(context.chair(), context.results(), context.screening(),
                    context.sheetImports(), context.resultWorkbooks(), tasks, messages, round, me.evaluator().name()),
                    prompts);
        }
    }
}
