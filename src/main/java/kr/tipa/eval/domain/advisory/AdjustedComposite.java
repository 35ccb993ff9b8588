package kr.tipa.eval.domain.advisory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The advisory adjusted composite (참고용; see the package description): each evaluator's totals as z-scores
 * over the applications they scored, averaged per application over the evaluators who scored it, mapped
 * back onto the panel's scale and rounded HALF_UP like the composite. Standard deviations are population
 * ones (divided by n), as in the chair's evaluator profiles.
 *
 * <p>An evaluator with a single total, or whose totals are all equal, has no z-score: they are left out of
 * the adjustment (and named, with the reason), while their totals still count in the panel's mean and
 * standard deviation. An application none of whose evaluators has a z-score has no adjusted composite.
 *
 * @param adjusted     application → adjusted composite
 * @param excluded     evaluator → why they are left out of the adjustment
 * @param panelMean    mean of every total of the panel; empty without totals
 * @param panelSpread  population standard deviation of every total of the panel; empty without totals
 */
public record AdjustedComposite(Map<String, BigDecimal> adjusted, Map<String, Exclusion> excluded,
        Optional<BigDecimal> panelMean, Optional<BigDecimal> panelSpread) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** Why an evaluator has no z-score. */
    public enum Exclusion {
        /** Only one application scored: no spread to standardise by. */
        SINGLE_APPLICATION,
        /** Every total the same: a standard deviation of zero. */
        NO_SPREAD
    }

    public AdjustedComposite {
        adjusted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(adjusted));
        excluded = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }

    /**
     * @param totals application → (evaluator → total), in the order the applications are to be listed
     * @param scale  decimals of the composite
     */
    public static AdjustedComposite of(Map<String, Map<String, BigDecimal>> totals, int scale) {
        Map<String, List<BigDecimal>> byEvaluator = new LinkedHashMap<>();
        List<BigDecimal> all = new ArrayList<>();
        totals.values().forEach(row -> row.forEach((evaluator, total) -> {
            byEvaluator.computeIfAbsent(evaluator, e -> new ArrayList<>()).add(total);
            all.add(total);
        }));
        if (all.isEmpty()) {
            return new AdjustedComposite(Map.of(), Map.of(), Optional.empty(), Optional.empty());
        }
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        Map<String, BigDecimal> spreads = new LinkedHashMap<>();
        Map<String, Exclusion> excluded = new LinkedHashMap<>();
        byEvaluator.forEach((evaluator, list) -> {
            BigDecimal mean = mean(list);
            BigDecimal spread = spread(list, mean);
            if (list.size() < 2) {
                excluded.put(evaluator, Exclusion.SINGLE_APPLICATION);
            } else if (spread.signum() == 0) {
                excluded.put(evaluator, Exclusion.NO_SPREAD);
            } else {
                means.put(evaluator, mean);
                spreads.put(evaluator, spread);
            }
        });
        BigDecimal panelMean = mean(all);
        BigDecimal panelSpread = spread(all, panelMean);
        Map<String, BigDecimal> adjusted = new LinkedHashMap<>();
        totals.forEach((application, row) -> {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (Map.Entry<String, BigDecimal> e : row.entrySet()) {
                BigDecimal mean = means.get(e.getKey());
                if (mean != null) {
                    sum = sum.add(e.getValue().subtract(mean).divide(spreads.get(e.getKey()), PRECISION), PRECISION);
                    count++;
                }
            }
            if (count > 0) {
                BigDecimal z = sum.divide(BigDecimal.valueOf(count), PRECISION);
                adjusted.put(application, panelMean.add(panelSpread.multiply(z, PRECISION), PRECISION)
                        .setScale(scale, RoundingMode.HALF_UP));
            }
        });
        return new AdjustedComposite(adjusted, excluded, Optional.of(panelMean), Optional.of(panelSpread));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    private static BigDecimal spread(List<BigDecimal> values, BigDecimal mean) {
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            squares = squares.add(v.subtract(mean).pow(2), PRECISION);
        }
        return squares.divide(BigDecimal.valueOf(values.size()), PRECISION).sqrt(PRECISION);
    }
}
