package kr.tipa.eval.ui.panels;

import java.math.BigDecimal;
import java.util.List;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.ui.Screen;
import kr.tipa.eval.ui.Views;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * Thin controller of Panels.fxml, 분과 현황 for the agency's desk: the panels' states, importing their result
 * files several at once, the merged ranking with the cutoff and capacity lines, and the hand-over. A screen
 * of its own, so that the agency's desk can mount it where it wants; it puts nothing on the scene.
 */
public final class PanelsView implements Screen {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final PanelsViewModel model;
    private final Messages messages;
    private final FilePrompts files;
    private Parent loaded;

    @FXML
    private Label titleLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button importButton;
    @FXML
    private TableView<PanelRow> panelTable;
    @FXML
    private TableColumn<PanelRow, String> idColumn;
    @FXML
    private TableColumn<PanelRow, String> nameColumn;
    @FXML
    private TableColumn<PanelRow, PanelRow> stateColumn;
    @FXML
    private TableColumn<PanelRow, String> versionColumn;
    @FXML
    private TableColumn<PanelRow, String> chairColumn;
    @FXML
    private TableColumn<PanelRow, String> signerColumn;
    @FXML
    private TableColumn<PanelRow, PanelRow> fingerprintColumn;
    @FXML
    private TableColumn<PanelRow, String> importedColumn;
    @FXML
    private Label capacityLabel;
    @FXML
    private Label cutoffLegend;
    @FXML
    private Label capacityLegend;
    @FXML
    private TableView<MergedRow> rankingTable;
    @FXML
    private TableColumn<MergedRow, String> rankColumn;
    @FXML
    private TableColumn<MergedRow, String> receiptColumn;
    @FXML
    private TableColumn<MergedRow, String> panelColumn;
    @FXML
    private TableColumn<MergedRow, String> companyColumn;
    @FXML
    private TableColumn<MergedRow, String> compositeColumn;
    @FXML
    private TableColumn<MergedRow, MergedRow> statusColumn;
    @FXML
    private Button workbookButton;
    @FXML
    private Button csvButton;
    @FXML
    private Label statusLabel;

    public PanelsView(PanelsViewModel model, FilePrompts files) {
        this.model = model;
        this.messages = model.messages();
        this.files = files;
    }

    @Override
    public Parent node() {
        if (loaded == null) {
            loaded = Views.load("Panels", this, messages.resourceBundle());
        }
        return loaded;
    }

    public PanelsViewModel model() {
        return model;
    }

    @Override
    public void activate() {
        node();
        model.refresh();
    }

    @FXML
    void initialize() {
        titleLabel.setText(messages.get("panelsui.title", model.round().program().name(), model.round().programCode()));
        summaryLabel.textProperty().bind(model.summaryProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        importButton.disableProperty().bind(model.busyProperty());
        workbookButton.disableProperty().bind(model.busyProperty().or(model.loadedProperty().not()));
        csvButton.disableProperty().bind(model.busyProperty().or(model.loadedProperty().not()));
        statusLabel.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().subscribe(error -> statusLabel.pseudoClassStateChanged(ERROR, error));

        panelTable.setItems(model.panels());
        panelTable.setPlaceholder(new Label(messages.get("panelsui.noPanels")));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        stateColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        stateColumn.setCellFactory(c -> new StateCell());
        versionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().version()));
        chairColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().chair()));
        signerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().signer()));
        fingerprintColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        fingerprintColumn.setCellFactory(c -> new FingerprintCell());
        importedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().importedAt()));

        capacityLabel.textProperty().bind(model.capacityTextProperty());
        cutoffLegend.setText(messages.get("chairui.ranking.legend.cutoff", Decimals.plain(model.cutoff())));
        capacityLegend.setText(messages.get("chairui.ranking.legend.capacity", model.capacity()));
        rankingTable.setItems(model.ranking());
        rankingTable.setPlaceholder(new Label(messages.get("chairui.matrix.empty")));
        rankingTable.setRowFactory(t -> new LineRow());
        rankColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rank().map(String::valueOf)
                .orElse("–")));
        receiptColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().receiptNo()));
        panelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().panel()));
        companyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        compositeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().composite()
                .map(BigDecimal::toPlainString).orElse("–")));
        compositeColumn.getStyleClass().add("panels-composite");
        statusColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(c -> new StatusCell());
    }

    @FXML
    void refresh() {
        model.refresh();
    }

    @FXML
    void importResults() {
        List<Path> chosen = files.openMany(FilePrompts.Request.open(messages.get("panelsui.import.choose"),
                FilePrompts.Filter.XLSX));
        model.importFiles(chosen);
    }

    @FXML
    void saveWorkbook() {
        files.save(FilePrompts.Request.save(messages.get("panelsui.workbook.choose"),
                messages.get("panelsui.workbook.fileName", model.round().programCode()), FilePrompts.Filter.XLSX))
                .ifPresent(target -> model.saveWorkbook(target, path -> { }));
    }

    @FXML
    void saveCsv() {
        files.save(FilePrompts.Request.save(messages.get("panelsui.csv.choose"),
                messages.get("panelsui.csv.fileName", model.round().programCode()),
                new FilePrompts.Filter("CSV (*.csv)", List.of("*.csv"))))
                .ifPresent(target -> model.saveCsv(target, path -> { }));
    }

    /** 확정 / 잠정 / 없음, coloured. */
    private final class StateCell extends TableCell<PanelRow, PanelRow> {
        @Override
        protected void updateItem(PanelRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("panels-state-"));
            if (empty || item == null) {
                setText("");
                return;
            }
            setText(messages.get("panelsui.state." + item.state().name()));
            getStyleClass().add("panels-state-" + item.state().name());
        }
    }

    /** The short fingerprint, the whole one and where it comes from (roster or first import) on hover. */
    private final class FingerprintCell extends TableCell<PanelRow, PanelRow> {
        @Override
        protected void updateItem(PanelRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.fingerprint().isEmpty()) {
                setText("");
                setTooltip(null);
                return;
            }
            setText(item.shortFingerprint() + "  " + messages.get(item.fromRoster() ? "panelsui.fingerprint.roster"
                    : "panelsui.fingerprint.pinned"));
            setTooltip(new Tooltip(item.fingerprint()));
        }
    }

    private final class StatusCell extends TableCell<MergedRow, MergedRow> {
        @Override
        protected void updateItem(MergedRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("panels-status-"));
            if (empty || item == null) {
                setText("");
                return;
            }
            String text = messages.get("results.status." + item.status().name());
            setText(item.excluded() ? messages.get("panelsui.status.excluded", text) : text);
            getStyleClass().add("panels-status-" + item.status().name());
        }
    }

    /** The cutoff and capacity lines as borders under their rows. */
    private static final class LineRow extends TableRow<MergedRow> {
        @Override
        protected void updateItem(MergedRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("panels-cutoff-after", "panels-capacity-after", "panels-unranked");
            if (empty || item == null) {
                return;
            }
            if (item.cutoffLineAfter()) {
                getStyleClass().add("panels-cutoff-after");
            }
            if (item.capacityLineAfter()) {
                getStyleClass().add("panels-capacity-after");
            }
            if (item.rank().isEmpty()) {
                getStyleClass().add("panels-unranked");
            }
        }
    }
}
