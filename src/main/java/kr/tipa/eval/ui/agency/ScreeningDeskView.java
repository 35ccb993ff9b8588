package kr.tipa.eval.ui.agency;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.ui.chair.ChairDialogs;
import kr.tipa.eval.ui.chair.ScreeningWords;

/**
 * Thin controller of AgencyScreening.fxml: the applications with their screening status, reasons and any
 * decision by hand; only those needing review when asked; the decision through the chair's own dialog.
 */
public final class ScreeningDeskView {

    private final AgencyScreeningViewModel model;
    private final Messages messages;
    private final ChairDialogs dialogs;
    private final Supplier<Window> window;

    @FXML
    private Label countsLabel;
    @FXML
    private CheckBox reviewOnlyBox;
    @FXML
    private TableView<ScreeningRow> table;
    @FXML
    private TableColumn<ScreeningRow, String> receiptColumn;
    @FXML
    private TableColumn<ScreeningRow, String> companyColumn;
    @FXML
    private TableColumn<ScreeningRow, String> panelColumn;
    @FXML
    private TableColumn<ScreeningRow, ScreeningStatus> statusColumn;
    @FXML
    private TableColumn<ScreeningRow, String> reasonsColumn;
    @FXML
    private TableColumn<ScreeningRow, String> decisionColumn;
    @FXML
    private Label detailsLabel;
    @FXML
    private Button decideButton;

    ScreeningDeskView(AgencyScreeningViewModel model, ChairDialogs dialogs, Supplier<Window> window) {
        this.model = model;
        this.messages = model.messages();
        this.dialogs = dialogs;
        this.window = window;
    }

    @FXML
    void initialize() {
        countsLabel.textProperty().bind(model.countsProperty());
        reviewOnlyBox.selectedProperty().bindBidirectional(model.reviewOnlyProperty());
        table.setItems(model.shown());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("agency.screening.empty")));
        receiptColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().receiptNo()));
        companyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        panelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().panel()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(c -> new StatusCell());
        reasonsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.reasons(c.getValue())));
        decisionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.decision(c.getValue())));
        reasonsColumn.setCellFactory(c -> new TipCell<>());
        decisionColumn.setCellFactory(c -> new TipCell<>());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || table.getItems().isEmpty()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            detailsLabel.setText(model.details(now));
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        detailsLabel.setText(model.details(null));
        decideButton.disableProperty().bind(model.canDecideProperty().not());
    }

    @FXML
    void decide() {
        if (model.selectedProperty().get() == null) {
            return;
        }
        dialogs.screening(window.get(), model.decisionHeader()).ifPresent(d -> model.decide(d.status(), d.reason()));
    }

    @FXML
    void screenAgain() {
        model.screenAgain();
    }

    /** The status as a coloured word; the reasons on hover. */
    private final class StatusCell extends TableCell<ScreeningRow, ScreeningStatus> {
        @Override
        protected void updateItem(ScreeningStatus status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(s -> s.startsWith("agency-status-"));
            if (empty || status == null) {
                setText("");
                setTooltip(null);
                return;
            }
            setText(ScreeningWords.status(status, messages));
            getStyleClass().add("agency-status-" + status.name());
            ScreeningRow row = getTableRow() == null ? null : getTableRow().getItem();
            setTooltip(row == null ? null : new Tooltip(model.details(row)));
        }
    }
}
