package kr.tipa.eval.ui.chair;

import java.util.Arrays;
import java.util.List;

/**
 * One evaluator's submitted totals for the strip-and-box chart: every total (a dot each), the five-number
 * summary of the box (quartiles interpolated between order statistics, as R's default), the mean, and
 * whether the evaluator scores markedly low or high against the panel.
 *
 * @param label  name and id, as the other tabs show an evaluator
 * @param totals every submitted total, in ranking order of the applications
 */
public record EvaluatorStrip(String id, String label, List<Double> totals, Lean lean) {

    /** How an evaluator's mean stands among the panel's means (the profile's z-score, advisory). */
    public enum Lean {
        /** z of the mean at most −1: scores markedly lower than the panel. */
        HARSH,
        /** Within one standard deviation of the panel's means. */
        USUAL,
        /** z of the mean at least 1: scores markedly higher. */
        LENIENT
    }

    public EvaluatorStrip {
        totals = List.copyOf(totals);
    }

    public double mean() {
        return totals.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The {@code p} quantile (0 ≤ p ≤ 1) of the totals; NaN without any. */
    public double quantile(double p) {
        if (totals.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = totals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    @Override
    public String toString() {
        return label + " " + Arrays.toString(totals.toArray());
    }
}
