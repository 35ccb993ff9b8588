package kr.tipa.eval.ui.workspace;

import java.math.BigDecimal;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningReason;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.service.SheetContent;
import kr.tipa.eval.ui.Desk;
import kr.tipa.eval.ui.Views;
import kr.tipa.eval.ui.plan.DocumentPanes;
import kr.tipa.eval.ui.plan.PlanView;
import kr.tipa.eval.ui.scoring.ScoringFormView;
import kr.tipa.eval.ui.scoring.SigningConfirmation;

/**
 * Thin controller of Workspace.fxml, the evaluator's desk: binds the list, the plan tabs and the form to
 * their view models. Activated it reads the list and follows the scene's focus; deactivated it lets go of
 * the scene and releases the plan's open documents.
 */
public final class WorkspaceView implements Desk {

    private final WorkspaceViewModel model;
    private final Messages messages;
    private final DocumentPanes documents;
    private final SigningConfirmation confirmation;
    private ScoringFormView form;
    private PlanView plan;
    private Parent root;
    /** Follows the focus of whichever scene the form is in; nothing while the desk is not active. */
    private Subscription followFocus = Subscription.EMPTY;
    private Subscription sceneChanges = Subscription.EMPTY;

    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<ApplicationListViewModel.Filter> filterBox;
    @FXML
    private TableView<WorkRow> table;
    @FXML
    private TableColumn<WorkRow, String> receiptColumn;
    @FXML
    private TableColumn<WorkRow, String> companyColumn;
    @FXML
    private TableColumn<WorkRow, ScreeningDecision> screeningColumn;
    @FXML
    private TableColumn<WorkRow, WorkState> stateColumn;
    @FXML
    private TableColumn<WorkRow, BigDecimal> totalColumn;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label blindLabel;
    @FXML
    private TabPane planTabs;
    @FXML
    private ScrollPane formScroll;

    public WorkspaceView(WorkspaceViewModel model, Messages messages, DocumentPanes documents,
            SigningConfirmation confirmation) {
        this.model = model;
        this.messages = messages;
        this.documents = documents;
        this.confirmation = confirmation;
    }

    /** Workspace.fxml with this controller, loaded once. */
    @Override
    public Parent node() {
        if (root == null) {
            // The first screen is read in the background while this thread builds the view.
            model.readFirstScreen();
            root = Views.load("Workspace", this, messages.resourceBundle());
        }
        return root;
    }

    @FXML
    void initialize() {
        ApplicationListViewModel list = model.list();
        searchField.textProperty().bindBidirectional(list.searchProperty());
        filterBox.getItems().setAll(ApplicationListViewModel.Filter.values());
        filterBox.setConverter(converter("list.filter."));
        filterBox.valueProperty().bindBidirectional(list.filterProperty());
        table.setItems(list.visibleRows());
        table.setPlaceholder(new Label(messages.get("list.empty")));
        receiptColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().receiptNo()));
        companyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        screeningColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().screening()));
        screeningColumn.setCellFactory(c -> new ScreeningCell());
        stateColumn.setCellValueFactory(c -> c.getValue().stateProperty());
        stateColumn.setCellFactory(c -> new StateCell());
        totalColumn.setCellValueFactory(c -> c.getValue().totalProperty());
        totalColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : Decimals.plain(item));
            }
        });
        summaryLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("list.summary", list.summaryProperty().get()), list.summaryProperty()));
        blindLabel.visibleProperty().bind(model.blindProperty());
        blindLabel.managedProperty().bind(model.blindProperty());
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                form.focusFirstScore();
                e.consume();
            }
        });
        plan = new PlanView(planTabs, model.plan(), messages, documents);
        form = new ScoringFormView(model.form(), messages, confirmation);
        formScroll.setContent(form.node());
    }

    @Override
    public void activate() {
        node();
        // The first screen, read while the view was built, is shown on this thread (so after the build).
        model.start(vm -> {
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
            Platform.runLater(table::requestFocus);
        });
        // Moving through the form by keyboard brings the focused field into view; the scene outlives the
        // desk, so its listener goes when the desk is left (or the form leaves that scene).
        sceneChanges = formScroll.sceneProperty().subscribe(this::follow);
    }

    private void follow(Scene scene) {
        followFocus.unsubscribe();
        followFocus = scene == null ? Subscription.EMPTY
                : scene.focusOwnerProperty().subscribe((before, node) -> ScrollIntoView.ensureVisible(formScroll, node));
    }

    @Override
    public void deactivate() {
        sceneChanges.unsubscribe();
        followFocus.unsubscribe();
        sceneChanges = Subscription.EMPTY;
        followFocus = Subscription.EMPTY;
        if (plan != null) {
            plan.deactivate();
        }
    }

    @Override
    public void focusSearch() {
        searchField.requestFocus();
    }

    @Override
    public void declareConflict() {
        model.form().declareConflict();
    }

    private <T extends Enum<T>> StringConverter<T> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * The screening status as a coloured badge, with every reason on hover. The tooltip (a popup window of
     * its own) is made when the pointer first comes over the cell, not for every cell drawn.
     */
    private final class ScreeningCell extends TableCell<WorkRow, ScreeningDecision> {
        private String reasons = "";

        ScreeningCell() {
            setOnMouseEntered(e -> {
                if (reasons.isEmpty()) {
                    setTooltip(null);
                } else if (getTooltip() == null) {
                    setTooltip(new Tooltip(reasons));
                } else {
                    getTooltip().setText(reasons);
                }
            });
        }

        @Override
        protected void updateItem(ScreeningDecision item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("screening-ELIGIBLE", "screening-INELIGIBLE", "screening-NEEDS_REVIEW");
            if (empty || item == null) {
                setText("");
                reasons = "";
                setTooltip(null);
                return;
            }
            setText(messages.get("screening.status." + item.status().name()));
            getStyleClass().add("screening-" + item.status().name());
            StringBuilder text = new StringBuilder();
            for (ScreeningReason reason : item.reasons()) {
                text.append(reason.code().name()).append("  ")
                        .append(messages.get("screening.code." + reason.code().name()));
                if (!reason.details().isEmpty()) {
                    text.append(" (").append(String.join(", ", reason.details())).append(')');
                }
                text.append('\n');
            }
            reasons = text.isEmpty() ? messages.get("list.noReasons") : text.toString().strip();
            if (getTooltip() != null) {
                getTooltip().setText(reasons);
            }
        }
    }

    private final class StateCell extends TableCell<WorkRow, WorkState> {
        @Override
        protected void updateItem(WorkState item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("work-"));
            setTooltip(null);
            if (empty || item == null) {
                setText("");
                return;
            }
            WorkRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (item == WorkState.CONFLICT && row != null && row.recusedByAgency()) {
                setText(messages.get("work.state.agencyConflict"));
                setTooltip(new Tooltip(messages.get("form.agencyConflict", row.conflictReason())));
                getStyleClass().add("work-AGENCY_CONFLICT");
                return;
            }
            setText(messages.get("work.state." + item.name()));
            getStyleClass().add("work-" + item.name());
        }
    }
}
