package kr.tipa.eval.ui.chair;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.service.SheetContent;
import kr.tipa.eval.ui.DesktopNotices;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * Thin controller of ChairFinalise.fxml: spread alerts with their 확인 buttons, what blocks finalisation,
 * the two explicit options, 확정, and the signed result workbook.
 */
public final class FinaliseView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final FinaliseViewModel model;
    private final Messages messages;
    private final FilePrompts files;
    private final ChairDialogs dialogs;
    private final Supplier<Window> window;
    private final DesktopNotices notices;

    @FXML
    private Label alertsHint;
    @FXML
    private TableView<AlertRow> alertTable;
    @FXML
    private TableColumn<AlertRow, String> alertReceiptColumn;
    @FXML
    private TableColumn<AlertRow, String> alertCompanyColumn;
    @FXML
    private TableColumn<AlertRow, String> alertTotalsColumn;
    @FXML
    private TableColumn<AlertRow, String> alertSpreadColumn;
    @FXML
    private TableColumn<AlertRow, AlertRow> alertAckColumn;
    @FXML
    private Button acknowledgeButton;
    @FXML
    private VBox blockerBox;
    @FXML
    private CheckBox acknowledgeAllBox;
    @FXML
    private CheckBox closeMissingBox;
    @FXML
    private Button finaliseButton;
    @FXML
    private Label finalisationLabel;
    @FXML
    private Button exportButton;
    @FXML
    private Label exportLabel;

    FinaliseView(FinaliseViewModel model, Messages messages, FilePrompts files, ChairDialogs dialogs,
            Supplier<Window> window, DesktopNotices notices) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        this.dialogs = dialogs;
        this.window = window;
        this.notices = notices;
    }

    @FXML
    void initialize() {
        alertTable.setItems(model.alerts());
        alertTable.setPlaceholder(new Label(messages.get("chairui.alerts.none")));
        alertsHint.textProperty().bind(Bindings.createStringBinding(() -> messages.get("chairui.alerts.hint",
                model.alerts().size(), model.alerts().stream().filter(a -> a.acknowledged().isEmpty()).count()),
                model.alerts()));
        alertReceiptColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().receiptNo()));
        alertCompanyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        alertTotalsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().totals()));
        alertSpreadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Decimals.plain(c.getValue().spread())));
        alertSpreadColumn.getStyleClass().add("chair-number");
        alertAckColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        alertAckColumn.setCellFactory(c -> new AcknowledgeCell());
        acknowledgeButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            AlertRow row = alertTable.getSelectionModel().getSelectedItem();
            return row == null || row.acknowledged().isPresent();
        }, alertTable.getSelectionModel().selectedItemProperty()));
        alertTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                acknowledgeSelected();
                e.consume();
            }
        });

        model.blockerLines().addListener((ListChangeListener<String>) c -> blockers());
        blockers();
        acknowledgeAllBox.selectedProperty().bindBidirectional(model.acknowledgeAllProperty());
        closeMissingBox.selectedProperty().bindBidirectional(model.closeMissingProperty());
        acknowledgeAllBox.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.blockersProperty().get().unacknowledgedAlerts().isEmpty(), model.blockersProperty()));
        closeMissingBox.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.blockersProperty().get().missingSheets().isEmpty(), model.blockersProperty()));
        finaliseButton.disableProperty().bind(model.canFinaliseProperty().not());
        finalisationLabel.textProperty().bind(model.finalisationTextProperty());
        model.isFinalProperty().addListener((o, was, now) -> finalisationLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("final"), now));
        exportLabel.textProperty().bind(model.exportTextProperty());
        exportButton.setDisable(!model.canExport());
    }

    private void blockers() {
        blockerBox.getChildren().clear();
        if (model.blockerLines().isEmpty()) {
            Label none = new Label(messages.get("chairui.blockers.none"));
            none.getStyleClass().add("chair-blockers-none");
            none.setWrapText(true);
            blockerBox.getChildren().add(none);
            return;
        }
        for (String line : model.blockerLines()) {
            Label label = new Label("•  " + line);
            label.getStyleClass().add("chair-blocker");
            label.setWrapText(true);
            blockerBox.getChildren().add(label);
        }
    }

    @FXML
    void acknowledgeSelected() {
        AlertRow row = alertTable.getSelectionModel().getSelectedItem();
        if (row != null && row.acknowledged().isEmpty()) {
            model.acknowledge(row.receiptNo());
        }
    }

    @FXML
    void finalise() {
        model.finalise(lines -> dialogs.details(window.get(), Alert.AlertType.WARNING,
                messages.get("chairui.finalise.blockedTitle"), messages.get("chairui.finalise.blocked"), lines));
    }

    @FXML
    void export() {
        files.save(FilePrompts.Request.save(messages.get("chairui.export.choose"),
                messages.get("chairui.export.fileName", model.programCode()), FilePrompts.Filter.XLSX)).ifPresent(target ->
                model.export(target, text -> dialogs.details(window.get(), Alert.AlertType.INFORMATION,
                        messages.get("chairui.export.title"), text.lines().findFirst().orElse(""),
                        text.lines().skip(1).toList()), notices.from(exportButton)));
    }

    /** 확인 for an open alert; who acknowledged and when for a settled one. */
    private final class AcknowledgeCell extends TableCell<AlertRow, AlertRow> {
        private final Button button = new Button(messages.get("chairui.alerts.acknowledge"));

        AcknowledgeCell() {
            button.getStyleClass().add("chair-ack");
            button.setOnAction(e -> {
                AlertRow row = getItem();
                if (row != null) {
                    model.acknowledge(row.receiptNo());
                }
            });
        }

        @Override
        protected void updateItem(AlertRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("chair-acknowledged");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (item.acknowledged().isPresent()) {
                var d = item.acknowledged().get();
                setGraphic(null);
                setText(messages.get("chairui.alerts.acknowledgedBy", d.by(),
                        TIME.format(d.at().atZone(ZoneId.systemDefault()))));
                getStyleClass().add("chair-acknowledged");
            } else {
                setText(null);
                setGraphic(button);
            }
        }
    }
}
