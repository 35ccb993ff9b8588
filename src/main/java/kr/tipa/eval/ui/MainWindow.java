package kr.tipa.eval.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
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
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.ui.certificates.CertificatePickerDialogs;
import kr.tipa.eval.ui.certificates.CertificatePickers;
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
import kr.tipa.eval.ui.panels.PanelsView;
import kr.tipa.eval.ui.panels.PanelsViewModel;
import kr.tipa.eval.ui.plan.DocumentPanes;
import kr.tipa.eval.ui.scoring.SigningConfirmation;
import kr.tipa.eval.ui.tasks.FxTasks;
import kr.tipa.eval.ui.validation.FieldChecks;
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
    private Supplier<List<SigningCertificates.Place>> certificatePlaces =
            () -> SigningCertificates.placesOfThisComputer(System.getenv());

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

    /** Where the certificate picker looks for 공동인증서: this computer's NPKI folders unless a test gives its own. */
    public MainWindow certificatePlaces(Supplier<List<SigningCertificates.Place>> places) {
        this.certificatePlaces = places;
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
        DesktopNotices notices = new DesktopNotices(() -> stage);
        DemoLoader demoLoader = new DemoLoader(context.imports(), context.rounds(), context.folder());
        MainWindowViewModel model = new MainWindowViewModel(new WindowSituation(context.folder(),
                context.evaluators(), context.rounds(), context.scoring(), context.signingCertificates(), secrets::known),
                demoLoader, secrets, tasks, messages, status);
        MenuActions actions = new MenuActions(
                new ImportViewModel(context.imports(), demoLoader, tasks, messages, status, model::actor, model::reload,
                        notices.window()),
                new ExportSheetsAction(context.sheetExports(), tasks, messages, notices.window()),
                new BackupAction(context.backups(), tasks, messages, status, notices.window()),
                new VerifyAction(tasks, messages));
        DocumentPanes documents = new DocumentPanes(context.documentReader(), tasks, messages);
        Screens screens = new WindowScreens(stage, model, tasks, status, prompts, documents, notices);
        view = new MainWindowView(stage, model, actions, screens, prompts, messages, context.dataFolder(),
                tasks.activityProperty());
        Parent root = Views.load("MainWindow", view, messages.resourceBundle());
        // A small laptop screen gets a window that fits it.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().addAll(MainWindow.class.getResource("/styles/app.css").toExternalForm(),
                MainWindow.class.getResource("/styles/controlsfx.css").toExternalForm());
        FieldChecks.prepare(scene);
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
        private final DesktopNotices notices;
        private final Messages messages = context.messages();
        private final CertificatePickers pickers;

        WindowScreens(Stage stage, MainWindowViewModel model, FxTasks tasks, StatusLine status, FilePrompts prompts,
                DocumentPanes documents, DesktopNotices notices) {
            this.stage = stage;
            this.model = model;
            this.tasks = tasks;
            this.status = status;
            this.prompts = prompts;
            this.documents = documents;
            this.pickers = new CertificatePickerDialogs(context.signingCertificates(), certificatePlaces, tasks,
                    messages);
            this.notices = notices;
        }

        @Override
        public Screen unlock(boolean idle) {
            // At start, once the password is handed over, the window reads what it will show next alongside
            // the unlock, so that the unlock is followed by the next screen at once.
            UnlockView unlock = new UnlockView(new UnlockViewModel(context.folder(), secrets, tasks, messages, idle,
                    idle ? model::unlockedFromIdle : model::proceed), messages, idle ? () -> { } : model::readAhead);
            return Screen.of(Views.load("Unlock", unlock, messages.resourceBundle()), unlock::stop);
        }

        @Override
        public Screen profile() {
            ProfileViewModel profile = new ProfileViewModel(context.evaluators(), context.keys(),
                    context.signingCertificates(), secrets, tasks, messages, model::reload);
            RestoreViewModel restore = new RestoreViewModel(context.backups(), context.folder(), secrets, tasks,
                    messages, status, model::proceed);
            BackupPrompt passwords = backupPrompt != null ? backupPrompt : BackupPrompt.dialog(messages);
            return Screen.of(Views.load("Profile",
                    new ProfileView(profile, restore, prompts, passwords, pickers, messages), messages.resourceBundle()));
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
        public void signingCertificate(PanelMember me) {
            pickers.open(stage, me.id(), (folder, password) -> context.signingCertificates().use(me.id(), folder,
                    password), taken -> {
                        status.say(messages.get("certpicker.taken", taken.commonName(), taken.issuerName(),
                                taken.fingerprint().shortForm()));
                        model.reload();
                    });
        }

        @Override
        public Desk agencyDesk(PanelMember me) {
            PanelSplitter splitter = (round, dir, progress) -> context.panelPackages()
                    .split(round, dir, model.actor(), progress).stream()
                    .map(k -> new PanelSplitter.PanelPackageFile(k.panelId(), k.panelName(), k.file(), k.applications(),
                            k.sha256()))
                    .toList();
            AgencyViewModel agency = new AgencyViewModel(context.roundBuilds(), new IntakeTemplate(messages)::write,
                    context.rounds(), context.screening(), splitter, tasks, messages, model.roundProperty(),
                    model::actor, me == null ? model.actor() : me.evaluator().name(), bundle -> view.importFrom(bundle));
            return new AgencyView(agency, prompts, round -> new PanelsView(new PanelsViewModel(context.panelResults(),
                    context.results(), context.resultWorkbooks(), context.resultCsv(), tasks, messages, round,
                    model.actor(), ZoneId.systemDefault()), prompts));
        }

        @Override
        public Desk chairDesk(Round round, PanelMember me) {
            return new ChairView(new ChairViewModel(context.chair(), context.results(), context.screening(),
                    context.sheetImports(), context.resultWorkbooks(), tasks, messages, round, me.evaluator().name()),
                    prompts, notices);
        }
    }
}
