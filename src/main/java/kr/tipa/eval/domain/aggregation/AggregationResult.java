package kr.tipa.eval.domain.aggregation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The aggregation of one application.
 *
 * @param totals          every submitted total, in panel order
 * @param dropped         evaluator ids whose totals were trimmed: at most one highest and one lowest
 * @param composite       종합평점, rounded HALF_UP to the programme's scale; empty without one
 * @param categoryMeans   unrounded means of each category's subtotals over the kept evaluators, as
 *                        exact fractions (sum, count) so that ties compare exactly
 * @param rank            순위 among applications with a composite; equal on every key, equal rank
 * @param spread          highest − lowest total; empty with fewer than two totals
 */
public record AggregationResult(
        String receiptNo,
        List<EvaluatorTotal> totals,
        Set<String> dropped,
        Optional<BigDecimal> composite,
        Map<String, Fraction> categoryMeans,
        SelectionStatus status,
        Optional<Integer> rank,
        Optional<BigDecimal> spread,
        boolean spreadAlert,
        Optional<String> exclusionReason) {

    public AggregationResult {
        totals = List.copyOf(totals);
        dropped = Set.copyOf(dropped);
        categoryMeans = Map.copyOf(categoryMeans);
    }

    AggregationResult withRank(int value) {
        return new AggregationResult(receiptNo, totals, dropped, composite, categoryMeans, status,
                Optional.of(value), spread, spreadAlert, exclusionReason);
    }

    /** An exact mean, kept as sum and count. */
    public record Fraction(BigDecimal sum, int count) implements Comparable<Fraction> {
        @Override
        public int compareTo(Fraction other) {
            return sum.multiply(BigDecimal.valueOf(other.count)).compareTo(other.sum.multiply(BigDecimal.valueOf(count)));
        }

        public BigDecimal value(int scale) {
            return sum.divide(BigDecimal.valueOf(count), scale, java.math.RoundingMode.HALF_UP);
        }
    }
}
