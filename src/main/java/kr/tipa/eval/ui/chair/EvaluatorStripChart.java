package kr.tipa.eval.ui.chair;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Each evaluator's totals side by side on one score axis: a dot per submitted sheet, a box over the middle
 * half with the median, whiskers to the lowest and highest total and a diamond at the mean, with the
 * cutoff and the panel's mean across. An evaluator who scores markedly low (harsh) or high (lenient) is
 * drawn in another colour, so they stand out at a glance. Drawn on a canvas that follows the region's size.
 */
final class EvaluatorStripChart extends Region {

    private static final Color INK = Color.web("#1f2933");
    private static final Color MUTED = Color.web("#5f6b7a");
    private static final Color GRID = Color.web("#d9e0e8");
    private static final Color ACCENT = Color.web("#1d4e89");
    private static final Color BAD = Color.web("#b42318");
    private static final double LEFT = 46;
    private static final double RIGHT = 18;
    private static final double TOP = 22;
    private static final double BOTTOM = 52;

    /** The words the chart writes, already in the window's language. */
    record Texts(String cutoff, String panelMean, String meanFormat, String empty) {
    }

    private final Canvas canvas = new Canvas();
    private final Font font;
    private final Font small;
    private List<EvaluatorStrip> strips = List.of();
    private double cutoff;
    private double panelMean = Double.NaN;
    private double max = 100;
    private Texts texts = new Texts("", "", "%s", "");

    EvaluatorStripChart() {
        getChildren().add(canvas);
        getStyleClass().add("chair-strip-chart");
        String family = Font.getFamilies().stream()
                .filter(f -> List.of("NanumGothic", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo")
                        .contains(f))
                .findFirst().orElse(Font.getDefault().getFamily());
        font = Font.font(family, 12);
        small = Font.font(family, 11);
        setMinSize(240, 200);
        setPrefSize(640, 420);
    }

    void show(List<EvaluatorStrip> strips, double cutoff, double panelMean, double max, Texts texts) {
        this.strips = List.copyOf(strips);
        this.cutoff = cutoff;
        this.panelMean = panelMean;
        this.max = max;
        this.texts = texts;
        draw();
    }

    /** The strips drawn, for tests. */
    List<EvaluatorStrip> strips() {
        return strips;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** The score range shown: the data and the cutoff with some air, in tens, within 0 and the maximum. */
    double[] range() {
        double lo = cutoff;
        double hi = cutoff;
        for (EvaluatorStrip s : strips) {
            for (double t : s.totals()) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        if (strips.isEmpty()) {
            return new double[] {0, max};
        }
        return new double[] {Math.max(0, Math.floor((lo - 5) / 10) * 10), Math.min(max, Math.ceil((hi + 5) / 10) * 10)};
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= LEFT + RIGHT || h <= TOP + BOTTOM) {
            return;
        }
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        double[] range = range();
        Scale y = new Scale(range[0], range[1], TOP + plotH, TOP);
        grid(g, y, plotW);
        if (strips.isEmpty()) {
            g.setFill(MUTED);
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(texts.empty(), LEFT + plotW / 2, TOP + plotH / 2);
            return;
        }
        double column = plotW / strips.size();
        for (int i = 0; i < strips.size(); i++) {
            strip(g, strips.get(i), LEFT + (i + 0.5) * column, column, y, TOP + plotH);
        }
        across(g, y, cutoff, BAD, texts.cutoff(), plotW, true);
        if (!Double.isNaN(panelMean)) {
            across(g, y, panelMean, MUTED, texts.panelMean(), plotW, false);
        }
    }

    private void grid(GraphicsContext g, Scale y, double plotW) {
        double step = y.hi - y.lo <= 30 ? 5 : 10;
        g.setFont(small);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        g.setLineDashes();
        for (double v = y.lo; v <= y.hi + 1e-9; v += step) {
            double py = Math.round(y.at(v)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(LEFT, py, LEFT + plotW, py);
            g.setFill(MUTED);
            g.fillText(String.format(Locale.ROOT, "%.0f", v), LEFT - 6, py);
        }
    }

    private void strip(GraphicsContext g, EvaluatorStrip s, double cx, double column, Scale y, double bottom) {
        Color line = switch (s.lean()) {
            case HARSH -> Color.web("#a76500");
            case LENIENT -> Color.web("#2f7d4f");
            case USUAL -> ACCENT;
        };
        Color fill = switch (s.lean()) {
            case HARSH -> Color.web("#fdf1dc");
            case LENIENT -> Color.web("#e4f3ea");
            case USUAL -> Color.web("#e3edf8");
        };
        double box = Math.min(56, column * 0.42);
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.BUTT);
        g.setStroke(line);
        g.setLineWidth(1.2);
        double lowest = y.at(s.quantile(0));
        double highest = y.at(s.quantile(1));
        g.strokeLine(cx, lowest, cx, highest);
        g.strokeLine(cx - box / 4, lowest, cx + box / 4, lowest);
        g.strokeLine(cx - box / 4, highest, cx + box / 4, highest);
        double q1 = y.at(s.quantile(0.25));
        double q3 = y.at(s.quantile(0.75));
        g.setFill(fill);
        g.fillRect(cx - box / 2, q3, box, Math.max(1, q1 - q3));
        g.strokeRect(cx - box / 2, q3, box, Math.max(1, q1 - q3));
        g.setLineWidth(3);
        double median = y.at(s.quantile(0.5));
        g.strokeLine(cx - box / 2, median, cx + box / 2, median);
        g.setFill(line.deriveColor(0, 1, 1, 0.55));
        List<Double> totals = s.totals();
        for (int j = 0; j < totals.size(); j++) {
            // a fixed sideways spread, so that equal totals stay apart and the picture never changes by itself
            double dx = ((j * 7) % 11 - 5) / 5.0 * box * 0.42;
            double py = y.at(totals.get(j));
            g.fillOval(cx + dx - 3.5, py - 3.5, 7, 7);
        }
        double mean = y.at(s.mean());
        g.setFill(INK);
        g.fillPolygon(new double[] {cx, cx + 5, cx, cx - 5}, new double[] {mean - 5, mean, mean + 5, mean}, 4);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(font);
        g.setFill(INK);
        g.fillText(fit(g, s.label(), column - 6), cx, bottom + 8);
        g.setFont(small);
        g.setFill(line);
        g.fillText(String.format(Locale.ROOT, texts.meanFormat(), String.format(Locale.ROOT, "%.1f", s.mean())), cx,
                bottom + 26);
    }

    private void across(GraphicsContext g, Scale y, double value, Color color, String label, double plotW,
            boolean strong) {
        double py = Math.round(y.at(value)) + 0.5;
        g.setStroke(color);
        g.setLineWidth(strong ? 2 : 1.2);
        g.setLineDashes(strong ? new double[] {7, 4} : new double[] {3, 4});
        g.strokeLine(LEFT, py, LEFT + plotW, py);
        g.setLineDashes();
        g.setFill(color);
        g.setFont(small);
        // the cutoff is named at the right end, the panel's mean at the left, so that close lines stay legible
        g.setTextAlign(strong ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(label, strong ? LEFT + plotW - 2 : LEFT + 4, py - 3);
    }

    /** The label, cut with an ellipsis when the column is too narrow for it. */
    private static String fit(GraphicsContext g, String text, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(g.getFont());
        if (probe.getLayoutBounds().getWidth() <= width) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            probe.setText(text.substring(0, n) + "…");
            if (probe.getLayoutBounds().getWidth() <= width) {
                return probe.getText();
            }
        }
        return "…";
    }

    /** Scores to pixels, upwards. */
    private record Scale(double lo, double hi, double bottom, double top) {
        double at(double v) {
            return bottom - (v - lo) / (hi - lo) * (bottom - top);
        }
    }
}
