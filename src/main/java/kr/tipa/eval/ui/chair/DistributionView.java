package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import kr.tipa.eval.domain.aggregation.Histogram;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.service.EvaluatorProfile;

/** Thin controller of ChairDistribution.fxml: the histogram of composites and the evaluator profiles. */
public final class DistributionView {

    private final DistributionViewModel model;
    private final Messages messages;
    private CutoffBarChart chart;

    @FXML
    private Label summaryLabel;
    @FXML
    private StackPane chartHolder;
    @FXML
    private Label legendLabel;
    @FXML
    private TableView<EvaluatorProfile> profiles;
    @FXML
    private TableColumn<EvaluatorProfile, String> evaluatorColumn;
    @FXML
    private TableColumn<EvaluatorProfile, Integer> sheetsColumn;
    @FXML
    private TableColumn<EvaluatorProfile, Optional<BigDecimal>> meanColumn;
    @FXML
    private TableColumn<EvaluatorProfile, Optional<BigDecimal>> deviationColumn;
    @FXML
    private TableColumn<EvaluatorProfile, Optional<BigDecimal>> zColumn;

    DistributionView(DistributionViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(messages.get("chairui.distribution.xAxis"));
        x.setTickLabelRotation(0);
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get("chairui.distribution.yAxis"));
        y.setMinorTickVisible(false);
        y.setTickUnit(1);
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        chart = new CutoffBarChart(x, y);
        chart.setId("histogram");
        chartHolder.getChildren().add(chart);
        summaryLabel.textProperty().bind(model.summaryProperty());
        legendLabel.setText(messages.get("chairui.distribution.legend", Decimals.plain(model.cutoff())));
        model.bins().addListener((ListChangeListener<Histogram.Bin>) c -> draw());
        draw();

        profiles.setItems(model.profiles());
        profiles.setPlaceholder(new Label(messages.get("chairui.profiles.empty")));
        evaluatorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().member().evaluator().name()
                + " (" + c.getValue().member().id() + ")"));
        sheetsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sheets()));
        sheetsColumn.getStyleClass().add("chair-number");
        meanColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mean()));
        deviationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standardDeviation()));
        zColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().zScore()));
        for (TableColumn<EvaluatorProfile, Optional<BigDecimal>> column : List.of(meanColumn, deviationColumn,
                zColumn)) {
            column.getStyleClass().add("chair-number");
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Optional<BigDecimal> item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? "" : item.map(BigDecimal::toPlainString).orElse("–"));
                }
            });
        }
    }

    private void draw() {
        List<Histogram.Bin> bins = List.copyOf(model.bins());
        int highest = bins.stream().mapToInt(Histogram.Bin::count).max().orElse(0);
        NumberAxis y = (NumberAxis) chart.getYAxis();
        // a little headroom above the tallest bar, for the cutoff label
        int upper = Math.max(2, highest + 1);
        y.setUpperBound(upper);
        y.setTickUnit(upper <= 10 ? 1 : Math.ceil(upper / 10.0));
        List<String> categories = bins.stream().map(b -> b.lower().setScale(0, RoundingMode.FLOOR).toPlainString())
                .toList();
        chart.show(bins, model.cutoff(), messages.get("chairui.distribution.cutoff",
                Decimals.plain(model.cutoff())), categories);
    }
}
