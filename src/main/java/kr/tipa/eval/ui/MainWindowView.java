package kr.tipa.eval.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.ui.actions.ImportViewModel;
import kr.tipa.eval.ui.actions.MenuActions;
import kr.tipa.eval.ui.chair.ChairView;
import kr.tipa.eval.ui.files.FilePrompts;
import kr.tipa.eval.ui.firstrun.BackupPrompt;
import kr.tipa.eval.ui.firstrun.EmptyView;
import kr.tipa.eval.ui.tasks.Activity;
import org.controlsfx.control.StatusBar;

/**
 * Thin controller of MainWindow.fxml: shows the screen the view model's stage asks for (activating it,
 * and deactivating the one it leaves), runs the menus through the file prompts and the menu actions, and
 * lays the password over the work after idling.
 */
public final class MainWindowView {

    private final Stage stage;
    private final MainWindowViewModel model;
    private final MenuActions actions;
    private final ImportViewModel imports;
    private final Screens screens;
    private final FilePrompts files;
    private final Messages messages;
    private final Path dataFolder;
    private final WindowDialogs dialogs;
    private final ImportFlow importFlow;
    private final ObservableValue<Activity> activity;
    private Screen shown;
    private Screen lock;
    private Node lockLayer;
    /** The desks of the 보기 menu. */
    private enum DeskKind {
        EVALUATOR, CHAIR, AGENCY
    }

    /** Which desk the window shows; kept across refreshes. */
    private DeskKind desk = DeskKind.EVALUATOR;
    /** The agency's desk is shown: it stays across the stages it serves (a round imported from its build). */
    private boolean agencyShown;

    @FXML
    private BorderPane root;
    @FXML
    private StackPane content;
    @FXML
    private StatusBar statusBar;
    @FXML
    private Label whoLabel;
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
    private MenuItem certificateItem;
    @FXML
    private Menu viewMenu;
    @FXML
    private RadioMenuItem evaluatorViewItem;
    @FXML
    private RadioMenuItem chairViewItem;
    @FXML
    private RadioMenuItem agencyViewItem;

    /** @param activity the titled background work running now, for the status bar */
    public MainWindowView(Stage stage, MainWindowViewModel model, MenuActions actions, Screens screens,
            FilePrompts files, Messages messages, Path dataFolder, ObservableValue<Activity> activity) {
        this.activity = activity;
        this.stage = stage;
        this.model = model;
        this.actions = actions;
        this.imports = actions.imports();
        this.screens = screens;
        this.files = files;
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.dialogs = new WindowDialogs(stage, messages);
        this.importFlow = new ImportFlow(imports, files, dialogs, messages, model.stageProperty());
    }

    @FXML
    void initialize() {
        // While titled work runs the bar shows it with its progress (hidden at 0); then what was said last.
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> activity.getValue().running()
                ? activity.getValue().title() : model.statusTextProperty().get(), activity, model.statusTextProperty()));
        statusBar.progressProperty().bind(Bindings.createDoubleBinding(() -> activity.getValue().progress(),
                activity));
        whoLabel.textProperty().bind(model.whoProperty());
        cancelImport.visibleProperty().bind(imports.importingProperty());
        cancelImport.managedProperty().bind(imports.importingProperty());
        importItem.disableProperty().bind(imports.importingProperty());
        demoItem.disableProperty().bind(imports.importingProperty());
        var stageNow = model.stageProperty();
        conflictItem.disableProperty().bind(stageNow.isNotEqualTo(MainWindowViewModel.Stage.WORKSPACE));
        searchItem.disableProperty().bind(conflictItem.disableProperty());
        exportItem.disableProperty().bind(conflictItem.disableProperty());
        // The agency's desk is there before any round is (to build one) and before the pledge (an evaluator's).
        var deskStage = stageNow.isEqualTo(MainWindowViewModel.Stage.EMPTY)
                .or(stageNow.isEqualTo(MainWindowViewModel.Stage.PLEDGE))
                .or(stageNow.isEqualTo(MainWindowViewModel.Stage.WORKSPACE));
        viewMenu.disableProperty().bind(deskStage.not());
        evaluatorViewItem.disableProperty().bind(deskStage.not());
        agencyViewItem.disableProperty().bind(deskStage.not());
        chairViewItem.disableProperty().bind(conflictItem.disableProperty());
        backupItem.disableProperty().bind(stageNow.isEqualTo(MainWindowViewModel.Stage.LOADING)
                .or(stageNow.isEqualTo(MainWindowViewModel.Stage.LOCKED))
                .or(stageNow.isEqualTo(MainWindowViewModel.Stage.PROFILE))
                .or(imports.importingProperty()));
        // My certificate can change once I have a profile and the folder is open.
        certificateItem.disableProperty().bind(stageNow.isNotEqualTo(MainWindowViewModel.Stage.WORKSPACE)
                .and(stageNow.isNotEqualTo(MainWindowViewModel.Stage.EMPTY))
                .and(stageNow.isNotEqualTo(MainWindowViewModel.Stage.PLEDGE)).or(model.idleLockedProperty()));
        stageNow.addListener((o, was, now) -> show(now));
        model.idleLockedProperty().addListener((o, was, locked) -> idleLock(locked));
        root.setOnDragOver(importFlow::dragOver);
        root.setOnDragDropped(importFlow::dropped);
        show(stageNow.get());
        watchIdleness();
    }

    /** After the configured idle time the window hides its content until the password is typed again. */
    private void watchIdleness() {
        PauseTransition idle = new PauseTransition(IdleLock.timeout());
        idle.setOnFinished(e -> model.lockForIdle());
        root.addEventFilter(InputEvent.ANY, e -> idle.playFromStart());
        idle.play();
    }

    private void idleLock(boolean locked) {
        if (locked) {
            lock = screens.unlock(true);
            lockLayer = new StackPane(lock.node());
            lockLayer.getStyleClass().add("lock-layer");
            content.getChildren().forEach(n -> n.setVisible(false));
            content.getChildren().add(lockLayer);
            lock.activate();
            root.getTop().setDisable(true);
        } else if (lock != null) {
            lock.deactivate();
            content.getChildren().remove(lockLayer);
            lockLayer = null;
            content.getChildren().forEach(n -> n.setVisible(true));
            root.getTop().setDisable(false);
            lock = null;
        }
    }

    private void show(MainWindowViewModel.Stage now) {
        boolean agencyStage = now == MainWindowViewModel.Stage.EMPTY || now == MainWindowViewModel.Stage.PLEDGE
                || now == MainWindowViewModel.Stage.WORKSPACE;
        if (desk == DeskKind.AGENCY && agencyStage) {
            if (!agencyShown) {
                showScreen(screens.agencyDesk(model.selfProperty().get()));
                agencyShown = true;
            }
            return;
        }
        Screen next = switch (now) {
            case LOADING -> Screen.of(new ProgressIndicator());
            case LOCKED -> screens.unlock(false);
            case PROFILE -> screens.profile();
            case EMPTY -> Screen.of(Views.load("Empty", new EmptyView(this::importBundle, this::importDemo),
                    messages.resourceBundle()));
            case PLEDGE -> screens.pledge(model.roundProperty().get(), model.selfProperty().get());
            case WORKSPACE -> desk == DeskKind.CHAIR
                    ? screens.chairDesk(model.roundProperty().get(), model.selfProperty().get())
                    : screens.evaluatorDesk(model.roundProperty().get(), model.selfProperty().get());
        };
        showScreen(next);
        agencyShown = false;
    }

    private void showScreen(Screen next) {
        leave();
        shown = next;
        content.getChildren().setAll(next.node());
        next.activate();
    }

    /** Deactivates what is shown (the window is closing, or shows something else). */
    public void leave() {
        if (shown != null) {
            shown.deactivate();
            shown = null;
        }
    }

    private Desk desk() {
        return shown instanceof Desk desk ? desk : null;
    }

    @FXML
    void showEvaluatorDesk() {
        switchDesk(DeskKind.EVALUATOR);
    }

    @FXML
    void showChairDesk() {
        switchDesk(DeskKind.CHAIR);
    }

    @FXML
    void showAgencyDesk() {
        switchDesk(DeskKind.AGENCY);
    }

    private void switchDesk(DeskKind kind) {
        (switch (kind) {
            case EVALUATOR -> evaluatorViewItem;
            case CHAIR -> chairViewItem;
            case AGENCY -> agencyViewItem;
        }).setSelected(true);
        if (kind != desk) {
            desk = kind;
            agencyShown = agencyShown && kind == DeskKind.AGENCY;
            show(model.stageProperty().get());
        }
    }

    @FXML
    void importBundle() {
        importFlow.choose();
    }

    @FXML
    void importDemo() {
        importFlow.demo();
    }

    /** Imports a bundle as if chosen in the menu (a file opened with the application, or a test). */
    public void importFrom(Path bundle) {
        importFlow.from(bundle, false);
    }

    /** Imports {@code bundle} once the window has a profile and an unlocked folder. */
    public void importWhenReady(Path bundle) {
        importFlow.whenReady(bundle);
    }

    @FXML
    void cancelImport() {
        imports.cancel();
    }

    @FXML
    void focusSearch() {
        Desk desk = desk();
        if (desk != null) {
            desk.focusSearch();
        }
    }

    @FXML
    void declareConflict() {
        Desk desk = desk();
        if (desk != null) {
            desk.declareConflict();
        }
    }

    @FXML
    void exportSheets() {
        var me = model.selfProperty().get();
        var round = model.roundProperty().get();
        files.save(FilePrompts.Request.save(messages.get("export.choose"), actions.export().suggestedName(me.id(), round),
                FilePrompts.Filter.XLSX)).ifPresent(target -> actions.export().export(round, me.id(), target,
                done -> dialogs.details(Alert.AlertType.INFORMATION, messages.get("menu.evaluation.export"),
                        messages.get("export.done.header"), done),
                failed -> dialogs.details(Alert.AlertType.WARNING, messages.get("menu.evaluation.export"), failed, "")));
    }

    @FXML
    void backup() {
        files.save(FilePrompts.Request.save(messages.get("backup.choose"), actions.backup().suggestedName(LocalDate.now())))
                .ifPresent(target -> actions.backup().backup(target, model.actor(),
                        done -> dialogs.details(Alert.AlertType.INFORMATION, messages.get("menu.file.backup"), done,
                                messages.get("backup.window.hint")),
                        failed -> dialogs.details(Alert.AlertType.WARNING, messages.get("menu.file.backup"), failed, "")));
    }

    /** 파일 > 서명 인증서…: the certificate picker, for me. */
    @FXML
    void chooseCertificate() {
        var me = model.selfProperty().get();
        if (me != null) {
            screens.signingCertificate(me);
        }
    }

    @FXML
    void verifyWorkbook() {
        files.open(FilePrompts.Request.open(messages.get("verify.choose"), FilePrompts.Filter.XLSX))
                .ifPresent(file -> actions.verify().verify(file, text -> dialogs.details(Alert.AlertType.INFORMATION,
                        messages.get("menu.file.verify"), String.valueOf(file.getFileName()), text)));
    }

    @FXML
    void showKeys() {
        dialogs.details(Alert.AlertType.INFORMATION, messages.get("menu.help.keys"), messages.get("help.keys.header"),
                messages.get("help.keys.text"));
    }

    @FXML
    void showAbout() {
        dialogs.details(Alert.AlertType.INFORMATION, messages.get("menu.help.about"), messages.get("app.title"),
                messages.get("help.about.text", dataFolder));
    }

    @FXML
    void quit() {
        stage.close();
    }
}
