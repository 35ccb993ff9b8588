package kr.tipa.eval.excel.results;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import kr.tipa.eval.domain.advisory.Agreement;
import kr.tipa.eval.excel.results.Styles.Kind;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 분포 차트: the composites in five-point bins split at the cutoff, and each evaluator's totals (count, mean,
 * spread, and — 참고용 — the panel's agreement without them), as tables in columns A–F, drawn beside them
 * as native charts ({@link WorkbookCharts}) that refer to those cells. The rows are written while the
 * workbook is streamed out; the charts carry the same numbers as their cached values, so that a viewer
 * that does not recalculate draws them too.
 */
final class ChartSheet implements ResultSheet {

    /** Columns A–F hold the tables; the charts start after a narrow gap. */
    static final int TABLE_COLUMNS = 6;
    static final int CHART_FIRST_COLUMN = TABLE_COLUMNS + 1;
    static final int CHART_LAST_COLUMN = CHART_FIRST_COLUMN + 11;

    private final ResultContext context;
    private final Labels labels;
    private final ChartData data;
    private final Layout layout;
    private final int[] widths;

    /**
     * Where everything is, row by row (0-based): the histogram table under its title and header, the two
     * points of the cutoff line, the evaluator table, the agreement line.
     */
    record Layout(int histogramTitle, int histogramHeader, int firstBin, int cutoffHeader, int firstCutoffPoint,
            int evaluatorTitle, int evaluatorHeader, int firstEvaluator, int agreement) {

        static Layout of(ChartData data) {
            int histogramTitle = SheetFrame.TITLE_ROWS;
            int firstBin = histogramTitle + 2;
            int cutoffHeader = firstBin + data.bins() + 1;
            int evaluatorTitle = cutoffHeader + 4;
            int firstEvaluator = evaluatorTitle + 2;
            return new Layout(histogramTitle, histogramTitle + 1, firstBin, cutoffHeader, cutoffHeader + 1,
                    evaluatorTitle, evaluatorTitle + 1, firstEvaluator,
                    firstEvaluator + Math.max(1, data.evaluators().size()) + 1);
        }
    }

    ChartSheet(ResultContext context) {
        this.context = context;
        this.labels = context.labels();
        this.data = ChartData.of(context);
        this.layout = Layout.of(data);
        this.widths = new int[CHART_LAST_COLUMN + 1];
        int[] table = {22, 11, 11, 11, 11, 16, 2};
        System.arraycopy(table, 0, widths, 0, table.length);
        for (int c = table.length; c < widths.length; c++) {
            widths[c] = 9;
        }
    }

    @Override
    public String name() {
        return labels.get("results.workbook.sheet.charts");
    }

    ChartData data() {
        return data;
    }

    Layout layout() {
        return layout;
    }

    @Override
    public void prepare(Sheet sheet) {
        context.frame().prepare(sheet, name(), widths, 0, true, 0);
        sheet.addMergedRegion(new CellRangeAddress(layout.agreement(), layout.agreement(), 0, TABLE_COLUMNS - 1));
    }

    /** The two charts, on the sheet's drawing (before any row is streamed). */
    void draw(XSSFSheet sheet) {
        new WorkbookCharts(labels, context.program(), data, layout, sheet.getSheetName()).draw(sheet);
    }

    @Override
    public void rows(Sheet sheet) {
        context.frame().writeTitle(sheet, name(), labels.get("results.workbook.charts.legend"));
        Styles styles = context.styles();
        new RowWriter(sheet, layout.histogramTitle(), styles).text(0, labels.get("results.workbook.charts.histogram"),
                Kind.SUBTITLE);
        RowWriter header = new RowWriter(sheet, layout.histogramHeader(), styles, false, widths);
        String cutoff = labels.plain(context.program().cutoff());
        header.text(0, labels.get("results.workbook.charts.bin"), Kind.HEADER)
                .text(1, labels.get("results.workbook.charts.below", cutoff), Kind.HEADER)
                .text(2, labels.get("results.workbook.charts.atOrAbove", cutoff), Kind.HEADER)
                .text(3, labels.get("results.workbook.charts.total"), Kind.HEADER);
        for (int i = 0; i < data.bins(); i++) {
            new RowWriter(sheet, layout.firstBin() + i, styles).text(0, data.binLabels().get(i), Kind.TEXT_CENTER)
                    .number(1, data.below()[i], Kind.INTEGER).number(2, data.atOrAbove()[i], Kind.INTEGER)
                    .number(3, data.below()[i] + data.atOrAbove()[i], Kind.INTEGER);
        }
        cutoffLine(sheet, styles, cutoff);
        evaluators(sheet, styles);
        new RowWriter(sheet, layout.agreement(), styles, false, widths).text(0, agreement(), Kind.TEXT_WRAP)
                .height(54);
    }

    /** The two points the cutoff's vertical line is drawn through (the chart reads them from here). */
    private void cutoffLine(Sheet sheet, Styles styles, String cutoff) {
        new RowWriter(sheet, layout.cutoffHeader(), styles, false, widths)
                .text(0, labels.get("results.workbook.charts.cutoffLine", cutoff), Kind.HEADER)
                .text(1, labels.get("results.workbook.charts.cutoffScore"), Kind.HEADER)
                .text(2, labels.get("results.workbook.charts.cutoffHeight"), Kind.HEADER);
        // the chart places x on its bins: bin i (from 0) spans i + 0.5 to i + 1.5
        BigDecimal at = context.program().cutoff().divide(ChartData.BIN_WIDTH, 6, java.math.RoundingMode.HALF_UP)
                .add(new BigDecimal("0.5")).stripTrailingZeros();
        int[] heights = {0, data.countAxisMax()};
        for (int p = 0; p < heights.length; p++) {
            new RowWriter(sheet, layout.firstCutoffPoint() + p, styles).text(0, "", Kind.TEXT)
                    .number(1, at, Kind.COMPOSITE).number(2, heights[p], Kind.INTEGER);
        }
    }

    private void evaluators(Sheet sheet, Styles styles) {
        new RowWriter(sheet, layout.evaluatorTitle(), styles).text(0, labels.get("results.workbook.charts.evaluators"),
                Kind.SUBTITLE);
        String[] columns = {"evaluator", "sheets", "mean", "deviation", "panelMean", "alphaWithout"};
        RowWriter header = new RowWriter(sheet, layout.evaluatorHeader(), styles, false, widths);
        for (int c = 0; c < columns.length; c++) {
            header.text(c, labels.get("results.workbook.charts.col." + columns[c]), Kind.HEADER);
        }
        if (data.evaluators().isEmpty()) {
            new RowWriter(sheet, layout.firstEvaluator(), styles).text(0, labels.get("results.workbook.charts.noTotals"),
                    Kind.TEXT);
            return;
        }
        BigDecimal panelMean = data.panelMean().orElse(null);
        for (int i = 0; i < data.evaluators().size(); i++) {
            ChartData.EvaluatorRow e = data.evaluators().get(i);
            RowWriter row = new RowWriter(sheet, layout.firstEvaluator() + i, styles)
                    .text(0, labels.get("results.workbook.evaluator", e.name(), e.id()), Kind.TEXT)
                    .number(1, e.sheets(), Kind.INTEGER).number(2, e.mean(), Kind.COMPOSITE)
                    .number(3, e.deviation(), Kind.COMPOSITE).number(4, panelMean, Kind.COMPOSITE);
            row.text(5, alpha(e.alphaWithout()), Kind.TEXT_CENTER);
        }
    }

    /** The agreement sentence, 참고용; empty of figures when the workbook was given none. */
    private String agreement() {
        if (data.agreement().isEmpty()) {
            return labels.get("results.workbook.charts.alphaNotGiven");
        }
        Agreement a = data.agreement().get();
        if (a.alpha().isEmpty()) {
            return labels.get("results.workbook.charts.alphaUndefined");
        }
        return a.interval().map(i -> labels.get("results.workbook.charts.alpha", alpha(a.alpha()),
                alpha(OptionalDouble.of(i.lower())), alpha(OptionalDouble.of(i.upper())), Agreement.REPLICATES,
                a.pairableUnits())).orElseGet(() -> labels.get("results.workbook.charts.alphaNoInterval",
                        alpha(a.alpha()), a.pairableUnits()));
    }

    /** Alpha to three decimals, as Krippendorff reports it; a dash when undefined. */
    static String alpha(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "–";
    }
}
