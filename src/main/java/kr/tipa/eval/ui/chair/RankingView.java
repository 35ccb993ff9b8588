package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.packages.PackageDecision;
import kr.tipa.eval.domain.packages.Restriction;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.ui.DesktopNotices;
import kr.tipa.eval.ui.files.FilePrompts;
import org.controlsfx.control.CheckComboBox;

/**
 * Thin controller of ChairRanking.fxml: the ranking with each evaluator's total (trimmed ones struck
 * through), the cutoff and capacity lines as row borders, and the chair's actions on the selected row.
 */
public final class RankingView {

    private static final int MEMBER_COLUMNS_AT = 3;

    private final RankingViewModel model;
    private final Messages messages;
    private final FilePrompts files;
    private final ChairDialogs dialogs;
    private final Supplier<Window> window;
    private final DesktopNotices notices;
    private final List<TableColumn<RankingRow, ?>> memberColumns = new ArrayList<>();

    @FXML
    private Label capacityLabel;
    @FXML
    private Label cutoffLegend;
    @FXML
    private Label capacityLegend;
    @FXML
    private CheckComboBox<SelectionStatus> statusFilter;
    @FXML
    private CheckComboBox<ScreeningStatus> screeningFilter;
    @FXML
    private Button clearFilterButton;
    @FXML
    private Label shownLabel;
    @FXML
    private TableView<RankingRow> table;
    @FXML
    private TableColumn<RankingRow, String> rankColumn;
    @FXML
    private TableColumn<RankingRow, String> receiptColumn;
    @FXML
    private TableColumn<RankingRow, String> companyColumn;
    @FXML
    private TableColumn<RankingRow, String> compositeColumn;
    @FXML
    private TableColumn<RankingRow, RankingRow> statusColumn;
    @FXML
    private TableColumn<RankingRow, RankingRow> packagesColumn;
    @FXML
    private Label detailsLabel;
    @FXML
    private Button excludeButton;
    @FXML
    private Button includeButton;
    @FXML
    private Button overrideButton;
    @FXML
    private Button appealButton;

    RankingView(RankingViewModel model, Messages messages, FilePrompts files, ChairDialogs dialogs,
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
        capacityLabel.textProperty().bind(model.capacityTextProperty());
        model.passingProperty().addListener((o, was, now) -> capacityLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("over"), now.intValue() > model.capacity()));
        cutoffLegend.setText(messages.get("chairui.ranking.legend.cutoff", Decimals.plain(model.cutoff())));
        capacityLegend.setText(messages.get("chairui.ranking.legend.capacity", model.capacity()));
        cutoffLegend.setGraphic(legendLine());
        capacityLegend.setGraphic(legendLine());
        new RankingFilterBar(model, messages).wire(statusFilter, screeningFilter, clearFilterButton, shownLabel);
        table.setItems(model.shownRows());
        // Empty because nothing is ranked yet, or because the filter hides every row.
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(
                model.rows())).then(messages.get("chairui.matrix.empty")).otherwise(messages.get(
                "chairui.ranking.filter.none")));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> new LineRow());
        rankColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rank().map(String::valueOf)
                .orElse("–")));
        rankColumn.getStyleClass().add("chair-number");
        receiptColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().receiptNo()));
        companyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        compositeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().composite()
                .map(BigDecimal::toPlainString).orElse("–")));
        compositeColumn.getStyleClass().addAll("chair-number", "chair-composite");
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(c -> new StatusCell());
        packagesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        packagesColumn.setCellFactory(c -> new PackagesCell());
        model.panelProperty().addListener((o, was, now) -> columns(now));
        columns(model.panelProperty().get());

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
        model.rows().addListener((ListChangeListener<RankingRow>) change -> {
            RankingRow keep = model.selectedProperty().get();
            if (keep != null && table.getItems().contains(keep)) {
                table.getSelectionModel().select(keep);
            }
        });
        detailsLabel.setText(model.details(null));
        excludeButton.disableProperty().bind(model.canExcludeProperty().not());
        includeButton.disableProperty().bind(model.canIncludeProperty().not());
        overrideButton.disableProperty().bind(model.canOverrideProperty().not());
        appealButton.disableProperty().bind(model.canAppealProperty().not());
    }

    @FXML
    void clearFilter() {
        statusFilter.getCheckModel().clearChecks();
        screeningFilter.getCheckModel().clearChecks();
    }

    private static javafx.scene.shape.Line legendLine() {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 26, 0);
        line.getStyleClass().add("chair-legend-line");
        return line;
    }

    /** The table, for focusing it by keyboard. */
    TableView<RankingRow> table() {
        return table;
    }

    private void columns(List<PanelMember> panel) {
        table.getColumns().removeAll(memberColumns);
        memberColumns.clear();
        for (PanelMember member : panel) {
            TableColumn<RankingRow, RankingRow> column = new TableColumn<>(member.evaluator().name() + "\n"
                    + member.id());
            column.setId("total-" + member.id());
            column.setPrefWidth(62);
            column.setMinWidth(52);
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new TotalCell(member.id()));
            memberColumns.add(column);
        }
        table.getColumns().addAll(Math.min(MEMBER_COLUMNS_AT, table.getColumns().size()), memberColumns);
    }

    @FXML
    void exclude() {
        RankingRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        dialogs.reason(window.get(), messages.get("chairui.exclude.title"),
                messages.get("chairui.exclude.header", row.receiptNo(), row.company(),
                        row.composite().map(BigDecimal::toPlainString).orElse("–")),
                messages.get("chairui.exclude.reason")).ifPresent(model::exclude);
    }

    @FXML
    void include() {
        model.include();
    }

    @FXML
    void override() {
        RankingRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        dialogs.screening(window.get(), messages.get("chairui.override.header", row.receiptNo(), row.company(),
                messages.get("screening.status." + row.screening().status().name())))
                .ifPresent(d -> model.override(d.status(), d.reason()));
    }

    @FXML
    void appeal() {
        RankingRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        files.save(FilePrompts.Request.save(messages.get("chairui.appeal.choose"),
                messages.get("chairui.appeal.fileName", row.receiptNo()), FilePrompts.Filter.XLSX))
                .ifPresent(target -> model.appealPack(target, path -> { }, notices.from(table)));
    }

    /** Draws the cutoff and capacity lines as borders under (or above) their rows. */
    private static final class LineRow extends TableRow<RankingRow> {
        @Override
        protected void updateItem(RankingRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("chair-cutoff-after", "chair-cutoff-before", "chair-capacity-after",
                    "chair-excluded", "chair-unranked");
            if (empty || item == null) {
                return;
            }
            if (item.cutoffLineAfter()) {
                getStyleClass().add("chair-cutoff-after");
            }
            if (item.cutoffLineBefore()) {
                getStyleClass().add("chair-cutoff-before");
            }
            if (item.capacityLineAfter()) {
                getStyleClass().add("chair-capacity-after");
            }
            if (item.excluded()) {
                getStyleClass().add("chair-excluded");
            }
            if (item.rank().isEmpty()) {
                getStyleClass().add("chair-unranked");
            }
        }
    }

    /** One evaluator's total; a trimmed highest or lowest is struck through and greyed. */
    private final class TotalCell extends TableCell<RankingRow, RankingRow> {
        private final String evaluatorId;

        TotalCell(String evaluatorId) {
            this.evaluatorId = evaluatorId;
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(RankingRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("chair-dropped");
            setTooltip(null);
            if (empty || item == null) {
                setText("");
                return;
            }
            setText(item.total(evaluatorId).map(Decimals::plain).orElse(""));
            if (item.dropped(evaluatorId)) {
                getStyleClass().add("chair-dropped");
                setTooltip(new Tooltip(messages.get("chairui.ranking.dropped")));
            }
        }
    }

    private final class StatusCell extends TableCell<RankingRow, RankingRow> {
        @Override
        protected void updateItem(RankingRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("chair-status-"));
            if (empty || item == null) {
                setText("");
                setTooltip(null);
                return;
            }
            String text = messages.get("results.status." + item.status().name());
            if (item.excluded()) {
                text = messages.get("chairui.status.excluded", text);
            }
            if (item.screening().status() == ScreeningStatus.NEEDS_REVIEW) {
                text = messages.get("chairui.status.review", text);
            }
            setText(text);
            getStyleClass().add("chair-status-" + item.status().name());
            if (item.status() == SelectionStatus.SELECTED && item.screening().status() == ScreeningStatus.NEEDS_REVIEW) {
                getStyleClass().add("chair-status-REVIEW");
            }
            setTooltip(new Tooltip(model.details(item)));
        }
    }

    /** ①–⑥: granted dark, restricted struck through in amber, not applicable faint; reasons on hover. */
    private final class PackagesCell extends TableCell<RankingRow, RankingRow> {
        private final HBox box = new HBox(3);

        PackagesCell() {
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(RankingRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.packages().isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            box.getChildren().clear();
            StringBuilder tip = new StringBuilder();
            for (SupportPackage p : SupportPackage.values()) {
                PackageDecision d = item.packages().get(p);
                if (d == null) {
                    continue;
                }
                Label mark = new Label(p.mark());
                mark.getStyleClass().addAll("chair-package", "chair-package-" + d.status().name());
                box.getChildren().add(mark);
                tip.append(p.mark()).append(' ').append(messages.get("chairui.package." + p.name())).append(": ")
                        .append(messages.get("chairui.package.status." + d.status().name()));
                for (Restriction r : d.reasons()) {
                    tip.append(" — ").append(messages.get("chairui.restriction." + r.name()));
                }
                tip.append('\n');
            }
            setGraphic(box);
            setTooltip(new Tooltip(tip.toString().strip()));
        }
    }
}
