package kr.tipa.eval.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.ui.chair.ChairFiles;
import kr.tipa.eval.ui.firstrun.BackupPrompt;
import kr.tipa.eval.ui.plan.DocumentPanes;
import kr.tipa.eval.ui.tasks.FxTasks;

/** The main window: builds the view model, loads the view, and closes the background work with it. */
public final class MainWindow {

    private final AppContext context;
    private final WindowSecrets secrets;
    private final boolean demo;
    private final Runnable onClosed;

    public MainWindow(AppContext context, WindowSecrets secrets, boolean demo, Runnable onClosed) {
        this.context = context;
        this.secrets = secrets;
        this.demo = demo;
        this.onClosed = onClosed;
    }

    private MainWindowView view;
    private java.nio.file.Path opening;
    private ChairFiles files;

    /**
     * Where the window asks for the files it writes or reads in bulk (the evaluator's signed sheets, the
     * chair's imports and result workbook): the system's file choosers unless a test gives fixed answers.
     */
    public MainWindow files(ChairFiles files) {
        this.files = files;
        return this;
    }

    private BackupPrompt backupPrompt;

    /** Answers the restore prompts without dialogs (tests). */
    public MainWindow backupPrompt(BackupPrompt prompt) {
        this.backupPrompt = prompt;
        return this;
    }

    /** A bundle the window was opened with (double-clicked), imported as soon as the folder is unlocked. */
    public MainWindow opening(java.nio.file.Path bundle) {
        this.opening = bundle;
        return this;
    }

    /** Imports a bundle as if chosen in the menu (a file opened with the application, or a test). */
    public void importBundle(java.nio.file.Path bundle) {
        view.importFrom(bundle, false);
    }

    public Stage show() {
        Stage stage = new Stage();
        FxTasks tasks = new FxTasks();
        MainWindowViewModel model = new MainWindowViewModel(context, tasks, secrets);
        DocumentPanes documents = new DocumentPanes(context, tasks);
        view = new MainWindowView(stage, model, tasks, documents::pane,
                files != null ? files : ChairFiles.choosers(context.messages()));
        if (backupPrompt != null) {
            view.backupPrompt(backupPrompt);
        }
        Parent root = Views.load("MainWindow", view, context.messages().resourceBundle());
        // A small laptop screen gets a window that fits it.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/app.css").toExternalForm());
        stage.setTitle(context.messages().get("app.title"));
        var icon = MainWindow.class.getResource("/icons/tipa-eval.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
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
}
