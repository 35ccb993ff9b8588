package kr.tipa.eval.ui.agency;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import kr.tipa.eval.authoring.Intake;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;

/**
 * Thin controller of AgencyBuildPreview.fxml: what the build read — the programme, the panels with their
 * members, the document types taken from file names — or, when anything is wrong, every fault in a table
 * that sorts by each column and copies the chosen rows (or all) as tab-separated text (Shortcut+C or 복사).
 */
public final class BuildPreviewView {

    private static final PseudoClass FAULTY = PseudoClass.getPseudoClass("faulty");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final BuildWizardViewModel model;
    private final Messages messages;

    @FXML
    private Label headline;
    @FXML
    private VBox faultBox;
    @FXML
    private Button copyButton;
    @FXML
    private TableView<FaultRow> faultTable;
    @FXML
    private TableColumn<FaultRow, String> fileColumn;
    @FXML
    private TableColumn<FaultRow, Integer> rowColumn;
    @FXML
    private TableColumn<FaultRow, String> columnColumn;
    @FXML
    private TableColumn<FaultRow, String> messageColumn;
    @FXML
    private VBox readBox;
    @FXML
    private Label programLine;
    @FXML
    private TableView<PanelRow> panelTable;
    @FXML
    private TableColumn<PanelRow, String> panelIdColumn;
    @FXML
    private TableColumn<PanelRow, String> panelNameColumn;
    @FXML
    private TableColumn<PanelRow, Integer> panelMembersColumn;
    @FXML
    private TableColumn<PanelRow, String> panelChairColumn;
    @FXML
    private TableColumn<PanelRow, Integer> panelApplicationsColumn;
    @FXML
    private Label inferredTitle;
    @FXML
    private TableView<Intake.InferredType> inferredTable;
    @FXML
    private TableColumn<Intake.InferredType, String> inferredReceiptColumn;
    @FXML
    private TableColumn<Intake.InferredType, String> inferredFileColumn;
    @FXML
    private TableColumn<Intake.InferredType, String> inferredTypeColumn;
    @FXML
    private Label notesLabel;

    BuildPreviewView(BuildWizardViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    @FXML
    void initialize() {
        // The faults sort by any column; the model keeps its own order (file, then row) for the next read.
        SortedList<FaultRow> sorted = new SortedList<>(model.faults());
        sorted.comparatorProperty().bind(faultTable.comparatorProperty());
        faultTable.setItems(sorted);
        faultTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        faultTable.setPlaceholder(new Label(messages.get("agency.faults.none")));
        fileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        rowColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null || row <= 0 ? "" : String.valueOf(row));
            }
        });
        columnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        messageColumn.setCellFactory(c -> new TipCell<>());
        for (TableView<?> table : List.of(faultTable, panelTable, inferredTable)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        faultTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            }
        });

        panelIdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        panelNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        panelMembersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().members()));
        panelChairColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().chair()));
        panelApplicationsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().applications()));
        panelTable.setPlaceholder(new Label(messages.get("agency.preview.noPanels")));
        inferredReceiptColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().receiptNo()));
        inferredFileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        inferredTypeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("document.type." + c.getValue().type().name()) + "  (" + c.getValue().type().name() + ")"));
        inferredTable.setPlaceholder(new Label(messages.get("agency.preview.noneInferred")));

        model.previewProperty().subscribe(this::show);
        model.faults().subscribe(() -> show(model.previewProperty().get()));
    }

    private void show(IntakePreview read) {
        boolean faulty = !model.faults().isEmpty();
        faultBox.setVisible(faulty);
        faultBox.setManaged(faulty);
        readBox.setVisible(!faulty && read != null);
        readBox.setManaged(!faulty && read != null);
        headline.pseudoClassStateChanged(FAULTY, faulty);
        if (faulty) {
            headline.setText(messages.get("agency.faults.headline", model.faults().size()));
            return;
        }
        if (read == null) {
            headline.setText("");
            return;
        }
        headline.setText(messages.get("agency.preview.headline", read.applications(), read.documents(),
                Sizes.of(read.bytes()), read.panels().size(), read.conflicts()));
        var p = read.program();
        programLine.setText(p == null ? "" : messages.get("agency.preview.program", p.code(), p.name(),
                p.applicationDeadline(), p.capacity(), Decimals.plain(p.cutoff()),
                messages.get(p.blind() ? "agency.program.blind.yes" : "agency.program.blind.no")));
        panelTable.getItems().setAll(read.panels());
        inferredTitle.setText(messages.get("agency.preview.inferred", read.inferred().size()));
        inferredTable.getItems().setAll(read.inferred());
        List<String> notes = new ArrayList<>();
        if (read.examplesSkipped() > 0) {
            notes.add(messages.get("cli.round.build.examples", read.examplesSkipped()));
        }
        if (!read.ignored().isEmpty()) {
            notes.add(messages.get("cli.round.build.ignored", String.join(", ", read.ignored())));
        }
        notesLabel.setText(String.join("\n", notes));
    }

    /** The chosen rows (all when none is chosen), tab-separated, onto the clipboard. */
    @FXML
    void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.faultsText(List.copyOf(faultTable.getSelectionModel().getSelectedItems())));
        Clipboard.getSystemClipboard().setContent(content);
        int chosen = faultTable.getSelectionModel().getSelectedItems().size();
        model.copied(chosen == 0 ? model.faults().size() : chosen);
    }
}
