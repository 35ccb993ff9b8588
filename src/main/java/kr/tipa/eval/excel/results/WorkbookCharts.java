package kr.tipa.eval.excel.results;

import java.util.List;
import kr.tipa.eval.domain.program.Program;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The chart sheet's two native charts (DrawingML through POI's XDDF), which Excel and LibreOffice both
 * draw: the composite histogram as stacked columns (under / at or above the cutoff) with the cutoff as a
 * vertical line, and each evaluator's mean total as a column beside the panel's mean as a line. Every
 * series refers to the cells of {@link ChartSheet} and carries their values as its cache.
 *
 * <p>The cutoff line is a scatter series of two points on the histogram's own axes. There, both Excel and
 * LibreOffice read an x value as a place on the category axis — 1 is the middle of the first bin, 1.5
 * its right edge — so the line stands where the cutoff falls among the bins (60: between 55–60 and
 * 60–65, at 12.5) and runs from 0 to the top of the count axis.
 */
final class WorkbookCharts {

    private static final byte[] BELOW = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};
    private static final byte[] AT_OR_ABOVE = {(byte) 0x2F, (byte) 0x6F, (byte) 0xB5};

    private final Labels labels;
    private final Program program;
    private final ChartData data;
    private final ChartSheet.Layout layout;
    private final String sheetName;

    WorkbookCharts(Labels labels, Program program, ChartData data, ChartSheet.Layout layout, String sheetName) {
        this.labels = labels;
        this.program = program;
        this.data = data;
        this.layout = layout;
        this.sheetName = sheetName;
    }

    void draw(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = layout.histogramTitle();
        histogram(drawing.createChart(anchor(drawing, top, top + 22)));
        int second = top + 24;
        evaluators(drawing.createChart(anchor(drawing, second, second + 20)));
    }

    private static XSSFClientAnchor anchor(XSSFDrawing drawing, int fromRow, int toRow) {
        return drawing.createAnchor(0, 0, 0, 0, ChartSheet.CHART_FIRST_COLUMN, fromRow,
                ChartSheet.CHART_LAST_COLUMN + 1, toRow);
    }

    private void histogram(XSSFChart chart) {
        String cutoff = labels.plain(program.cutoff());
        chart.setTitleText(labels.get("results.workbook.charts.histogram"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bins = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bins.setTitle(labels.get("results.workbook.charts.xAxis"));
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setTitle(labels.get("results.workbook.charts.yAxis"));
        int max = data.countAxisMax();
        counts.setMinimum(0);
        counts.setMaximum(max);
        counts.setMajorUnit(max <= 10 ? 1 : Math.ceil(max / 10.0));
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        bins.crossAxis(counts);
        counts.crossAxis(bins);
        int n = data.bins();
        XDDFCategoryDataSource labelsSource = XDDFDataSourcesFactory.fromArray(data.binLabels().toArray(String[]::new),
                range(layout.firstBin(), n, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bins, counts);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.STACKED);
        bars.setGapWidth(15);
        bars.setVaryColors(false);
        series(bars.addSeries(labelsSource, numbers(data.below(), range(layout.firstBin(), n, 1))),
                labels.get("results.workbook.charts.below", cutoff), layout.histogramHeader(), 1, BELOW);
        series(bars.addSeries(labelsSource, numbers(data.atOrAbove(), range(layout.firstBin(), n, 2))),
                labels.get("results.workbook.charts.atOrAbove", cutoff), layout.histogramHeader(), 2, AT_OR_ABOVE);
        chart.plot(bars);
        fullOverlap(chart);

        XDDFScatterChartData line = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, bins, counts);
        line.setStyle(ScatterStyle.LINE);
        line.setVaryColors(false);
        double at = cutoffPosition();
        Double[] xs = {at, at};
        Double[] ys = {0.0, (double) max};
        XDDFScatterChartData.Series s = (XDDFScatterChartData.Series) line.addSeries(
                XDDFDataSourcesFactory.fromArray(xs, range(layout.firstCutoffPoint(), 2, 1)),
                XDDFDataSourcesFactory.fromArray(ys, range(layout.firstCutoffPoint(), 2, 2)));
        s.setTitle(labels.get("results.workbook.charts.cutoffLine", cutoff),
                new CellReference(sheetName, layout.cutoffHeader(), 0, true, true));
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.NONE);
        s.setLineProperties(line(PresetColor.RED, 2.25));
        chart.plot(line);
    }

    /** Where the cutoff falls on the category axis: bin i (from 0) spans i + 0.5 to i + 1.5. */
    private double cutoffPosition() {
        return program.cutoff().doubleValue() / ChartData.BIN_WIDTH.doubleValue() + 0.5;
    }

    private void evaluators(XSSFChart chart) {
        chart.setTitleText(labels.get("results.workbook.charts.evaluators"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis who = chart.createCategoryAxis(AxisPosition.BOTTOM);
        who.setTitle(labels.get("results.workbook.charts.col.evaluator"));
        XDDFValueAxis totals = chart.createValueAxis(AxisPosition.LEFT);
        totals.setTitle(labels.get("results.workbook.charts.col.mean"));
        totals.setMinimum(0);
        totals.setMaximum(program.rubric().maxTotal().doubleValue());
        totals.setCrossBetween(AxisCrossBetween.BETWEEN);
        who.crossAxis(totals);
        totals.crossAxis(who);
        List<ChartData.EvaluatorRow> rows = data.evaluators();
        int n = Math.max(1, rows.size());
        String[] names = rows.isEmpty() ? new String[] {""}
                : rows.stream().map(e -> labels.get("results.workbook.evaluator", e.name(), e.id()))
                        .toArray(String[]::new);
        Double[] means = rows.isEmpty() ? new Double[] {null}
                : rows.stream().map(e -> e.mean().doubleValue()).toArray(Double[]::new);
        XDDFCategoryDataSource who2 = XDDFDataSourcesFactory.fromArray(names, range(layout.firstEvaluator(), n, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, who, totals);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(60);
        series(bars.addSeries(who2, XDDFDataSourcesFactory.fromArray(means, range(layout.firstEvaluator(), n, 2))),
                labels.get("results.workbook.charts.col.mean"), layout.evaluatorHeader(), 2, AT_OR_ABOVE);
        chart.plot(bars);

        Double[] panel = new Double[n];
        java.util.Arrays.fill(panel, data.panelMean().map(m -> m.doubleValue()).orElse(null));
        XDDFLineChartData mean = (XDDFLineChartData) chart.createData(ChartTypes.LINE, who, totals);
        mean.setVaryColors(false);
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) mean.addSeries(who2,
                XDDFDataSourcesFactory.fromArray(panel, range(layout.firstEvaluator(), n, 4)));
        s.setTitle(labels.get("results.workbook.charts.col.panelMean"),
                new CellReference(sheetName, layout.evaluatorHeader(), 4, true, true));
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.NONE);
        s.setLineProperties(line(PresetColor.RED, 2.0));
        chart.plot(mean);
    }

    /**
     * Excel stacks the columns of a stacked chart only at an overlap of 100% (else it draws the segments as
     * steps). POI's own setter needs a schema type the slim OOXML schema jar lacks, so the attribute is
     * written as text through a cursor, which needs none.
     */
    private static void fullOverlap(XSSFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        var overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (org.apache.xmlbeans.XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new javax.xml.namespace.QName("val"), "100");
        }
    }

    private void series(XDDFChartData.Series series, String title, int titleRow, int titleColumn, byte[] rgb) {
        series.setTitle(title, new CellReference(sheetName, titleRow, titleColumn, true, true));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    }

    private static XDDFLineProperties line(PresetColor color, double points) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(points);
        return line;
    }

    private static XDDFNumericalDataSource<Integer> numbers(int[] values, String range) {
        return XDDFDataSourcesFactory.fromArray(java.util.Arrays.stream(values).boxed().toArray(Integer[]::new), range);
    }

    /** "'분포 차트'!$B$8:$B$27": {@code count} rows from {@code firstRow} in column {@code column}. */
    private String range(int firstRow, int count, int column) {
        return new CellRangeAddress(firstRow, firstRow + count - 1, column, column).formatAsString(sheetName, true);
    }
}
