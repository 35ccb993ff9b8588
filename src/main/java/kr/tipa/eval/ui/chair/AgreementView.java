package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import kr.tipa.eval.i18n.Messages;

/**
 * Thin controller of ChairAgreement.fxml (일치도, 참고용): the evaluators' totals as strips and boxes, the
 * panel's alpha with alpha without each evaluator, and the applications the adjusted composite would move.
 */
public final class AgreementView {

    private final AgreementViewModel model;
    private final Messages messages;
    private final EvaluatorStripChart chart = new EvaluatorStripChart();

    @FXML
    private StackPane chartHolder;
    @FXML
    private Label legendLabel;
    @FXML
    private Label alphaLabel;
    @FXML
    private Label intervalLabel;
    @FXML
    private Label basisLabel;
    @FXML
    private TableView<AlphaWithoutRow> withoutTable;
    @FXML
    private TableColumn<AlphaWithoutRow, String> withoutEvaluatorColumn;
    @FXML
    private TableColumn<AlphaWithoutRow, String> withoutAlphaColumn;
    @FXML
    private TableColumn<AlphaWithoutRow, String> withoutChangeColumn;
    @FXML
    private TableView<CrossingRow> crossingTable;
    @FXML
    private TableColumn<CrossingRow, String> receiptColumn;
    @FXML
    private TableColumn<CrossingRow, String> companyColumn;
    @FXML
    private TableColumn<CrossingRow, BigDecimal> compositeColumn;
    @FXML
    private TableColumn<CrossingRow, BigDecimal> adjustedColumn;
    @FXML
    private TableColumn<CrossingRow, String> changeColumn;
    @FXML
    private Label excludedLabel;

    AgreementView(AgreementViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        chart.setId("evaluatorStrips");
        chartHolder.getChildren().add(chart);
        InvalidationListener redraw = o -> draw();
        model.strips().addListener(redraw);
        model.panelMeanProperty().addListener(redraw);
        draw();
        alphaLabel.textProperty().bind(model.alphaProperty());
        intervalLabel.textProperty().bind(model.intervalProperty());
        basisLabel.textProperty().bind(model.basisProperty());
        excludedLabel.textProperty().bind(model.excludedProperty());
        excludedLabel.managedProperty().bind(model.excludedProperty().isNotEmpty());

        withoutTable.setItems(model.alphaWithout());
        withoutTable.setPlaceholder(new Label(messages.get("chairui.agreement.strips.empty")));
        text(withoutEvaluatorColumn, AlphaWithoutRow::evaluator);
        text(withoutAlphaColumn, AlphaWithoutRow::alpha);
        text(withoutChangeColumn, AlphaWithoutRow::change);
        withoutAlphaColumn.getStyleClass().add("chair-number");
        withoutChangeColumn.getStyleClass().add("chair-number");

        crossingTable.setItems(model.crossings());
        Label none = new Label(messages.get("chairui.agreement.crossing.empty"));
        none.setWrapText(true);
        crossingTable.setPlaceholder(none);
        text(receiptColumn, CrossingRow::receiptNo);
        text(companyColumn, CrossingRow::company);
        text(changeColumn, CrossingRow::change);
        for (var column : java.util.List.of(compositeColumn, adjustedColumn)) {
            column.getStyleClass().add("chair-number");
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(BigDecimal item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? "" : item.toPlainString());
                }
            });
        }
        compositeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().composite()));
        adjustedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().adjusted()));
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private void draw() {
        double mean = model.panelMeanProperty().get();
        String cutoff = model.cutoffText();
        String meanText = Double.isNaN(mean) ? "–" : String.format(Locale.ROOT, "%.1f", mean);
        legendLabel.setText(messages.get("chairui.agreement.strips.legend", cutoff, meanText));
        chart.show(model.strips(), model.cutoff(), mean, model.maxTotal(), new EvaluatorStripChart.Texts(
                messages.get("chairui.agreement.strips.cutoff", cutoff),
                messages.get("chairui.agreement.strips.panelMean", meanText),
                messages.get("chairui.agreement.strips.mean", "%s"),
                messages.get("chairui.agreement.strips.empty")));
    }
}
