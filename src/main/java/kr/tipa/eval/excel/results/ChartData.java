package kr.tipa.eval.excel.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import kr.tipa.eval.domain.advisory.Agreement;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.aggregation.Histogram;
import kr.tipa.eval.model.ApplicationOutcome;

/**
 * What the chart sheet tabulates and draws: composites in five-point bins split at the cutoff, and each
 * evaluator's submitted totals (count, mean, population standard deviation, as in the chair's profiles),
 * with the panel's agreement when it is given. Descriptive only: nothing here decides an outcome.
 *
 * @param binLabels  "0–5" … "95–100"
 * @param below      per bin, the composites under the cutoff
 * @param atOrAbove  per bin, the composites at or above it
 * @param evaluators the evaluators with at least one total, in panel order
 * @param panelMean  mean of every total, empty without any
 */
record ChartData(List<String> binLabels, int[] below, int[] atOrAbove, List<EvaluatorRow> evaluators,
        Optional<BigDecimal> panelMean, Optional<Agreement> agreement) {

    /** Bins of five points, as in the chair's window. */
    static final BigDecimal BIN_WIDTH = BigDecimal.valueOf(5);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** One evaluator's totals. */
    record EvaluatorRow(String id, String name, int sheets, BigDecimal mean, BigDecimal deviation,
            OptionalDouble alphaWithout) {
    }

    static ChartData of(ResultContext context) {
        BigDecimal cutoff = context.program().cutoff();
        BigDecimal max = context.program().rubric().maxTotal();
        List<BigDecimal> under = new ArrayList<>();
        List<BigDecimal> over = new ArrayList<>();
        Map<String, List<BigDecimal>> totals = new LinkedHashMap<>();
        context.evaluatorColumns().keySet().forEach(id -> totals.put(id, new ArrayList<>()));
        List<BigDecimal> all = new ArrayList<>();
        for (ApplicationOutcome o : context.outcomes()) {
            o.aggregation().composite().ifPresent(c -> (c.compareTo(cutoff) < 0 ? under : over).add(c));
            for (EvaluatorTotal t : o.aggregation().totals()) {
                totals.computeIfAbsent(t.evaluatorId(), k -> new ArrayList<>()).add(t.total());
                all.add(t.total());
            }
        }
        List<Histogram.Bin> lower = Histogram.bins(under, max, BIN_WIDTH, cutoff);
        List<Histogram.Bin> upper = Histogram.bins(over, max, BIN_WIDTH, cutoff);
        List<String> labels = new ArrayList<>();
        int[] below = new int[lower.size()];
        int[] above = new int[lower.size()];
        for (int i = 0; i < lower.size(); i++) {
            Histogram.Bin b = lower.get(i);
            labels.add(context.labels().get("results.workbook.charts.binRange", context.labels().plain(b.lower()),
                    context.labels().plain(b.upper())));
            below[i] = b.count();
            above[i] = upper.get(i).count();
        }
        Optional<Agreement> agreement = context.input().advisory().map(a -> a.agreement());
        Map<String, String> names = context.evaluatorNames();
        List<EvaluatorRow> rows = new ArrayList<>();
        totals.forEach((id, list) -> {
            if (!list.isEmpty()) {
                BigDecimal mean = mean(list);
                OptionalDouble without = agreement.map(a -> a.alphaWithout().getOrDefault(id, OptionalDouble.empty()))
                        .orElse(OptionalDouble.empty());
                rows.add(new EvaluatorRow(id, names.getOrDefault(id, id), list.size(),
                        mean.setScale(2, RoundingMode.HALF_UP), deviation(list, mean).setScale(2, RoundingMode.HALF_UP),
                        without));
            }
        });
        return new ChartData(labels, below, above, rows,
                all.isEmpty() ? Optional.empty() : Optional.of(mean(all).setScale(2, RoundingMode.HALF_UP)), agreement);
    }

    int bins() {
        return binLabels.size();
    }

    /** The height of the count axis: a little above the tallest bar, at least 2. */
    int countAxisMax() {
        int highest = 0;
        for (int i = 0; i < bins(); i++) {
            highest = Math.max(highest, below[i] + atOrAbove[i]);
        }
        return Math.max(2, highest + 1);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()),
                PRECISION);
    }

    private static BigDecimal deviation(List<BigDecimal> values, BigDecimal mean) {
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            squares = squares.add(v.subtract(mean).pow(2));
        }
        return squares.divide(BigDecimal.valueOf(values.size()), PRECISION).sqrt(PRECISION);
    }
}
