package kr.tipa.eval.ui.agency;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.ui.agency.PanelSplitter.PanelPackageFile;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * Thin controller of AgencySplit.fxml: the panels before the split (roster, chair, applications assigned,
 * eligible ones that go into the package), what still needs review, the folder prompt, and the packages
 * written with their checksums.
 */
public final class SplitView {

    private final SplitViewModel model;
    private final Messages messages;
    private final FilePrompts files;

    @FXML
    private Label blindLabel;
    @FXML
    private TableView<PanelRow> panelTable;
    @FXML
    private TableColumn<PanelRow, String> idColumn;
    @FXML
    private TableColumn<PanelRow, String> nameColumn;
    @FXML
    private TableColumn<PanelRow, Integer> membersColumn;
    @FXML
    private TableColumn<PanelRow, String> chairColumn;
    @FXML
    private TableColumn<PanelRow, Integer> applicationsColumn;
    @FXML
    private TableColumn<PanelRow, Integer> eligibleColumn;
    @FXML
    private Label reviewLabel;
    @FXML
    private Label unavailableLabel;
    @FXML
    private Button splitButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label writtenTitle;
    @FXML
    private TableView<PanelPackageFile> writtenTable;
    @FXML
    private TableColumn<PanelPackageFile, String> fileIdColumn;
    @FXML
    private TableColumn<PanelPackageFile, String> fileNameColumn;
    @FXML
    private TableColumn<PanelPackageFile, String> fileColumn;
    @FXML
    private TableColumn<PanelPackageFile, Integer> fileCountColumn;
    @FXML
    private TableColumn<PanelPackageFile, String> fileShaColumn;

    SplitView(SplitViewModel model, FilePrompts files) {
        this.model = model;
        this.messages = model.messages();
        this.files = files;
    }

    @FXML
    void initialize() {
        panelTable.setItems(model.panels());
        panelTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        writtenTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        panelTable.setPlaceholder(new Label(messages.get("agency.split.noPanels")));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        membersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().members()));
        chairColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().chair()));
        applicationsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().applications()));
        eligibleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().eligible()));
        shown(blindLabel, model.blindProperty().get());
        model.blindProperty().subscribe(blind -> shown(blindLabel, blind));
        reviewLabel.textProperty().bind(model.reviewProperty());
        model.reviewProperty().subscribe(text -> shown(reviewLabel, !text.isEmpty()));
        shown(unavailableLabel, !model.available());
        splitButton.disableProperty().bind(model.canSplitProperty().not());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.splittingProperty());

        writtenTable.setItems(model.written());
        writtenTable.setPlaceholder(new Label(messages.get("agency.split.noneWritten")));
        fileIdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().panelId()));
        fileNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().panelName()));
        // The folder is said in the status line; the column shows each package's own name.
        fileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().file()
                .getFileName())));
        fileCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().applications()));
        fileShaColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sha256()));
    }

    private static void shown(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    @FXML
    void split() {
        files.folder(FilePrompts.Request.open(messages.get("agency.split.choose")))
                .ifPresent(model::split);
    }
}
