package kr.tipa.eval.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.ui.chair.ChairFiles;
import kr.tipa.eval.ui.chair.ChairView;
import kr.tipa.eval.ui.firstrun.BackupPrompt;
import kr.tipa.eval.ui.firstrun.EmptyView;
import kr.tipa.eval.ui.firstrun.PledgeView;
import kr.tipa.eval.ui.firstrun.ProfileView;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import kr.tipa.eval.ui.workspace.WorkspaceView;
import kr.tipa.eval.ui.workspace.WorkspaceViewModel;

/** Thin controller of MainWindow.fxml: shows what the view model's stage asks for, and runs the menu. */
public final class MainWindowView {

    private final Stage stage;
    private final MainWindowViewModel model;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Function<StoredDocument, Node> documentPane;
    private final ChairFiles files;
    private WorkspaceView workspace;
    private WorkspaceViewModel workspaceModel;

    @FXML
    private BorderPane root;
    @FXML
    private StackPane content;
    @FXML
    private Label statusLabel;
    @FXML
    private Label whoLabel;
    @FXML
    private ProgressBar importProgress;
    @FXML
    private Button cancelImport;
    @FXML
    private MenuItem importItem;
    @FXML
    private MenuItem demoItem;
    @FXML
    private MenuItem conflictItem;
    @FXML
    private MenuItem searchItem;
    @FXML
    private MenuItem exportItem;
    @FXML
    private MenuItem backupItem;
    @FXML
    private javafx.scene.control.Menu viewMenu;
    @FXML
    private javafx.scene.control.RadioMenuItem evaluatorViewItem;
    @FXML
    private javafx.scene.control.RadioMenuItem chairViewItem;
    /** Whether the workspace stage shows the chair's desk instead of the evaluator's; kept across refreshes. */
    private boolean chairDesk;

    private BackupPrompt backupPrompt;

    public MainWindowView(Stage stage, MainWindowViewModel model, BackgroundTasks tasks,
            Function<StoredDocument, Node> documentPane, ChairFiles files) {
        this.stage = stage;
        this.files = files;
        this.model = model;
        this.tasks = tasks;
        this.messages = model.context().messages();
        this.documentPane = documentPane;
        this.backupPrompt = BackupPrompt.dialogs(messages);
    }

    /** Tests answer the restore prompts without dialogs. */
    public void backupPrompt(BackupPrompt prompt) {
        this.backupPrompt = prompt;
    }

    @FXML
    void initialize() {
        statusLabel.textProperty().bind(model.statusTextProperty());
        importProgress.visibleProperty().bind(model.importingProperty());
        importProgress.managedProperty().bind(model.importingProperty());
        importProgress.progressProperty().bind(model.importProgressProperty());
        cancelImport.visibleProperty().bind(model.importingProperty());
        cancelImport.managedProperty().bind(model.importingProperty());
        importItem.disableProperty().bind(model.importingProperty());
        demoItem.disableProperty().bind(model.importingProperty());
        conflictItem.disableProperty().bind(model.stageProperty().isNotEqualTo(MainWindowViewModel.Stage.WORKSPACE));
        searchItem.disableProperty().bind(conflictItem.disableProperty());
        exportItem.disableProperty().bind(conflictItem.disableProperty());
        viewMenu.disableProperty().bind(conflictItem.disableProperty());
        backupItem.disableProperty().bind(model.stageProperty().isEqualTo(MainWindowViewModel.Stage.LOADING)
                .or(model.stageProperty().isEqualTo(MainWindowViewModel.Stage.LOCKED))
                .or(model.stageProperty().isEqualTo(MainWindowViewModel.Stage.PROFILE))
                .or(model.importingProperty()));
        model.stageProperty().addListener((o, was, now) -> show(now));
        model.selfProperty().addListener((o, was, now) -> who());
        model.roundProperty().addListener((o, was, now) -> who());
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.importingProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && files.size() == 1 && isBundle(files.get(0));
            if (ok) {
                importFrom(files.get(0).toPath(), false);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        model.idleLockedProperty().addListener((o, was, locked) -> idleLock(locked));
        show(model.stageProperty().get());
        watchIdleness();
    }

    /** After the configured idle time the window hides its content until the password is typed again. */
    private void watchIdleness() {
        javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(IdleLock.timeout());
        idle.setOnFinished(e -> model.lockForIdle());
        root.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> idle.playFromStart());
        idle.play();
    }

    private Node lockLayer;

    private void idleLock(boolean locked) {
        if (locked) {
            lockLayer = new StackPane(Views.load("Unlock", new kr.tipa.eval.ui.firstrun.UnlockView(model, true),
                    messages.resourceBundle()));
            lockLayer.getStyleClass().add("lock-layer");
            content.getChildren().forEach(n -> n.setVisible(false));
            content.getChildren().add(lockLayer);
            root.getTop().setDisable(true);
        } else if (lockLayer != null) {
            content.getChildren().remove(lockLayer);
            content.getChildren().forEach(n -> n.setVisible(true));
            root.getTop().setDisable(false);
            lockLayer = null;
        }
    }

    private static boolean isBundle(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".tbundle");
    }

    private void who() {
        var me = model.selfProperty().get();
        var round = model.roundProperty().get();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (me != null) {
            parts.add(messages.get("status.who", me.evaluator().name(), me.id()));
            model.myFingerprint().ifPresent(f -> parts.add(messages.get("status.fingerprint", f.shortForm())));
        }
        if (round != null) {
            parts.add(round.program().name());
        }
        whoLabel.setText(String.join("  ·  ", parts));
    }

    private void show(MainWindowViewModel.Stage now) {
        Node view = switch (now) {
            case LOADING -> new ProgressIndicator();
            case LOCKED -> Views.load("Unlock", new kr.tipa.eval.ui.firstrun.UnlockView(model, false),
                    messages.resourceBundle());
            case PROFILE -> Views.load("Profile", new ProfileView(model, backupPrompt), messages.resourceBundle());
            case EMPTY -> Views.load("Empty", new EmptyView(this::importBundle, this::importDemo),
                    messages.resourceBundle());
            case PLEDGE -> Views.load("Pledge", new PledgeView(model), messages.resourceBundle());
            case WORKSPACE -> chairDesk ? chair() : workspace();
        };
        content.getChildren().setAll(view);
    }

    private Parent workspace() {
        workspaceModel = new WorkspaceViewModel(model.context(), tasks, model.roundProperty().get(),
                model.selfProperty().get().id());
        workspace = new WorkspaceView(workspaceModel, messages, documentPane, this::declareConflict,
                kr.tipa.eval.ui.scoring.SigningConfirmation.dialogs(messages));
        return Views.load("Workspace", workspace, messages.resourceBundle());
    }

    /** The chair's four tabs over the same round; the evaluator's workspace is dropped until switched back. */
    private Parent chair() {
        workspace = null;
        workspaceModel = null;
        return ChairView.load(model.context(), tasks, model.roundProperty().get(), model.context().resultWorkbooks(),
                model.selfProperty().get().evaluator().name(), files);
    }

    @FXML
    void showEvaluatorDesk() {
        switchDesk(false);
    }

    @FXML
    void showChairDesk() {
        switchDesk(true);
    }

    private void switchDesk(boolean chair) {
        (chair ? chairViewItem : evaluatorViewItem).setSelected(true);
        if (chair != chairDesk) {
            chairDesk = chair;
            show(model.stageProperty().get());
        }
    }

    @FXML
    void importBundle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.filter"),
                "*.tbundle", "*.zip"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            importFrom(file.toPath(), false);
        }
    }

    /**
     * Imports {@code bundle} once the window has a profile and an unlocked folder (the empty state, the
     * pledge or the workspace): a bundle double-clicked on a fresh laptop waits for the profile first.
     */
    public void importWhenReady(Path bundle) {
        if (readyToImport(model.stageProperty().get())) {
            importFrom(bundle, false);
            return;
        }
        model.stageProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends MainWindowViewModel.Stage> o,
                    MainWindowViewModel.Stage was, MainWindowViewModel.Stage now) {
                if (readyToImport(now)) {
                    model.stageProperty().removeListener(this);
                    importFrom(bundle, false);
                }
            }
        });
    }

    private static boolean readyToImport(MainWindowViewModel.Stage stage) {
        return stage == MainWindowViewModel.Stage.EMPTY || stage == MainWindowViewModel.Stage.PLEDGE
                || stage == MainWindowViewModel.Stage.WORKSPACE;
    }

    /** Imports with progress; a refusal or a new version is told in a dialog. */
    public void importFrom(Path bundle, boolean newVersion) {
        model.importBundle(bundle, newVersion, this::reportImport);
    }

    private void reportImport(MainWindowViewModel.ImportResult result) {
        switch (result) {
            case MainWindowViewModel.ImportResult.Done done -> { }
            case MainWindowViewModel.ImportResult.Cancelled cancelled ->
                    model.statusTextProperty().set(messages.get("import.cancelled"));
            case MainWindowViewModel.ImportResult.Refused refused -> details(Alert.AlertType.ERROR,
                    refused.title(), messages.get("import.refused.header"), refused.details());
            case MainWindowViewModel.ImportResult.Failed failed -> details(Alert.AlertType.ERROR,
                    messages.get("import.failed.title"), failed.message(), "");
            case MainWindowViewModel.ImportResult.NeedsNewVersion next -> {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, next.message() + "\n\n"
                        + messages.get("import.newVersion.question"), ButtonType.YES, ButtonType.NO);
                ask.setTitle(messages.get("import.newVersion.title"));
                ask.setHeaderText(null);
                ask.initOwner(stage);
                if (ask.showAndWait().orElse(ButtonType.NO) == ButtonType.YES) {
                    importFrom(next.bundle(), true);
                }
            }
        }
    }

    private void details(Alert.AlertType type, String title, String header, String details) {
        Alert alert = new Alert(type);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (!details.isEmpty()) {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(10);
            alert.getDialogPane().setContent(area);
        }
        alert.setResizable(true);
        alert.show();
    }

    @FXML
    void importDemo() {
        model.importDemo(this::reportImport);
    }

    @FXML
    void cancelImport() {
        model.cancelImport();
    }

    @FXML
    void focusSearch() {
        if (workspace != null) {
            workspace.focusSearch();
        }
    }

    @FXML
    void declareConflict() {
        if (workspaceModel == null || workspaceModel.selectedProperty().get() == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("conflict.title"));
        dialog.setHeaderText(messages.get("conflict.header", workspaceModel.selectedProperty().get().receiptNo(),
                workspaceModel.selectedProperty().get().company()));
        dialog.setContentText(messages.get("conflict.reason"));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        Optional<String> reason = dialog.showAndWait();
        reason.filter(r -> !r.isBlank()).ifPresent(r -> workspaceModel.declareConflict(r,
                refusal -> details(Alert.AlertType.WARNING, messages.get("conflict.title"), refusal, "")));
    }

    @FXML
    void exportSheets() {
        var me = model.selfProperty().get();
        files.saveWorkbook(stage, messages.get("export.choose"),
                messages.get("export.fileName", me.id(), model.roundProperty().get().programCode())).ifPresent(target ->
                model.exportSheets(target, done -> details(Alert.AlertType.INFORMATION,
                        messages.get("menu.evaluation.export"), messages.get("export.done.header"), done),
                        failed -> details(Alert.AlertType.WARNING, messages.get("menu.evaluation.export"), failed, "")));
    }

    @FXML
    void backup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("backup.choose"));
        chooser.setInitialFileName(messages.get("backup.fileName",
                LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.backup(file.toPath(), done -> details(Alert.AlertType.INFORMATION, messages.get("menu.file.backup"),
                    done, messages.get("backup.window.hint")),
                    failed -> details(Alert.AlertType.WARNING, messages.get("menu.file.backup"), failed, ""));
        }
    }

    @FXML
    void verifyWorkbook() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("verify.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.verify(file.toPath(), text -> details(Alert.AlertType.INFORMATION, messages.get("menu.file.verify"),
                    file.getName(), text));
        }
    }

    @FXML
    void showKeys() {
        details(Alert.AlertType.INFORMATION, messages.get("menu.help.keys"), messages.get("help.keys.header"),
                messages.get("help.keys.text"));
    }

    @FXML
    void showAbout() {
        details(Alert.AlertType.INFORMATION, messages.get("menu.help.about"), messages.get("app.title"),
                messages.get("help.about.text", model.context().dataFolder()));
    }

    @FXML
    void quit() {
        stage.close();
    }
}
