package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import kr.tipa.eval.domain.aggregation.Histogram;

/**
 * A histogram of composites: one bar per bin, bars below the cutoff in another colour, and a vertical
 * line with its label where the cutoff falls on the score axis (inside a bin when it is not a bin edge).
 */
final class CutoffBarChart extends BarChart<String, Number> {

    private final Line line = new Line();
    private final Text label = new Text();
    private List<Histogram.Bin> bins = List.of();
    private BigDecimal cutoff = BigDecimal.ZERO;

    CutoffBarChart(CategoryAxis x, NumberAxis y) {
        super(x, y);
        setAnimated(false);
        setLegendVisible(false);
        setBarGap(0);
        setCategoryGap(3);
        line.getStyleClass().add("chair-cutoff-marker");
        label.getStyleClass().add("chair-cutoff-label");
        line.setManaged(false);
        label.setManaged(false);
        getPlotChildren().addAll(line, label);
    }

    void show(List<Histogram.Bin> bins, BigDecimal cutoff, String cutoffText, List<String> categories) {
        this.bins = List.copyOf(bins);
        this.cutoff = cutoff;
        label.setText(cutoffText);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < bins.size(); i++) {
            series.getData().add(new XYChart.Data<>(categories.get(i), bins.get(i).count()));
        }
        ((CategoryAxis) getXAxis()).getCategories().setAll(categories);
        getData().setAll(List.of(series));
        // the line and label stay on top of the bars
        getPlotChildren().removeAll(line, label);
        getPlotChildren().addAll(line, label);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        zones();
        CategoryAxis x = (CategoryAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        int at = binOf(cutoff);
        if (at < 0 || x.getCategories().size() <= at) {
            line.setVisible(false);
            label.setVisible(false);
            return;
        }
        Histogram.Bin bin = bins.get(at);
        double width = x.getCategories().size() > 1
                ? x.getDisplayPosition(x.getCategories().get(1)) - x.getDisplayPosition(x.getCategories().get(0))
                : x.getWidth();
        double centre = x.getDisplayPosition(x.getCategories().get(at));
        double fraction = cutoff.subtract(bin.lower()).divide(bin.upper().subtract(bin.lower()), 6,
                RoundingMode.HALF_UP).doubleValue();
        double px = Math.round(centre - width / 2 + fraction * width) + 0.5;
        double top = y.getDisplayPosition(y.getUpperBound());
        double bottom = y.getDisplayPosition(y.getLowerBound());
        line.setStartX(px);
        line.setEndX(px);
        line.setStartY(top);
        line.setEndY(bottom);
        label.setX(px + 4);
        label.setY(top + 14);
        line.setVisible(true);
        label.setVisible(true);
        for (Node n : List.of(line, label)) {
            n.toFront();
        }
    }

    /** Colours each bar by where its bin lies against the cutoff (the chart resets bar style classes itself). */
    private void zones() {
        if (getData().isEmpty()) {
            return;
        }
        List<XYChart.Data<String, Number>> data = getData().get(0).getData();
        for (int i = 0; i < Math.min(data.size(), bins.size()); i++) {
            Node bar = data.get(i).getNode();
            if (bar != null) {
                String zone = "chair-bar-" + bins.get(i).zone().name();
                if (!bar.getStyleClass().contains(zone)) {
                    bar.getStyleClass().removeIf(c -> c.startsWith("chair-bar-"));
                    bar.getStyleClass().add(zone);
                }
            }
        }
    }

    /** The bin whose lower edge the cutoff is at or past (the cutoff line sits at the bin's left edge or inside). */
    private int binOf(BigDecimal value) {
        for (int i = 0; i < bins.size(); i++) {
            Histogram.Bin b = bins.get(i);
            if (value.compareTo(b.lower()) >= 0 && value.compareTo(b.upper()) < 0) {
                return i;
            }
        }
        return bins.isEmpty() ? -1 : bins.size() - 1;
    }
}
