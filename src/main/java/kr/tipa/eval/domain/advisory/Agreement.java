package kr.tipa.eval.domain.advisory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * How far a panel agreed (참고용): Krippendorff's alpha (interval metric) over the evaluators' totals, its
 * bootstrap 95% interval (see the package description for the bootstrap), and for each evaluator the alpha
 * of the panel without them — who pulls agreement down.
 *
 * @param alpha          empty when undefined (no application with two totals, or every total equal)
 * @param interval       empty without an alpha
 * @param alphaWithout   evaluator id → alpha of the others, in panel order
 * @param pairableUnits  applications with at least two totals
 * @param pairableValues the totals of those applications
 */
public record Agreement(OptionalDouble alpha, Optional<Interval> interval, Map<String, OptionalDouble> alphaWithout,
        int pairableUnits, int pairableValues) {

    /** Bootstrap replicates. */
    public static final int REPLICATES = 1000;
    /** The bootstrap's fixed seed: the same scores give the same interval, run after run. */
    public static final long SEED = 20240904L;

    public Agreement {
        alphaWithout = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alphaWithout));
    }

    /**
     * A percentile interval.
     *
     * @param replicates the replicates whose alpha was defined (those the percentiles are taken over)
     */
    public record Interval(double lower, double upper, int replicates) {
    }

    /** Measures the agreement of {@code ratings} with the interval metric; alpha without each of its coders. */
    public static Agreement measure(Ratings ratings) {
        return measure(ratings, List.copyOf(ratings.coders()), REPLICATES, SEED);
    }

    /** As {@link #measure(Ratings)}, with alpha without each of {@code coders}, in that order. */
    public static Agreement measure(Ratings ratings, List<String> coders) {
        return measure(ratings, coders, REPLICATES, SEED);
    }

    static Agreement measure(Ratings ratings, List<String> coders, int replicates, long seed) {
        KrippendorffAlpha prepared = KrippendorffAlpha.prepare(ratings, Metric.INTERVAL);
        int[] once = new int[prepared.units()];
        Arrays.fill(once, 1);
        OptionalDouble alpha = prepared.alpha(once);
        Optional<Interval> interval = alpha.isPresent() ? bootstrap(prepared, replicates, seed) : Optional.empty();
        Map<String, OptionalDouble> without = new LinkedHashMap<>();
        for (String coder : coders) {
            without.put(coder, KrippendorffAlpha.of(ratings.without(coder), Metric.INTERVAL));
        }
        int values = ratings.pairable().stream().mapToInt(u -> u.values().size()).sum();
        return new Agreement(alpha, interval, without, prepared.units(), values);
    }

    /** Resamples the pairable units with replacement; percentiles 2.5 and 97.5 of the defined replicates. */
    static Optional<Interval> bootstrap(KrippendorffAlpha prepared, int replicates, long seed) {
        int units = prepared.units();
        Random random = new Random(seed);
        double[] alphas = new double[replicates];
        int defined = 0;
        int[] weights = new int[units];
        for (int r = 0; r < replicates; r++) {
            Arrays.fill(weights, 0);
            for (int i = 0; i < units; i++) {
                weights[random.nextInt(units)]++;
            }
            OptionalDouble a = prepared.alpha(weights);
            if (a.isPresent()) {
                alphas[defined++] = a.getAsDouble();
            }
        }
        if (defined == 0) {
            return Optional.empty();
        }
        double[] sorted = Arrays.copyOf(alphas, defined);
        Arrays.sort(sorted);
        return Optional.of(new Interval(percentile(sorted, 0.025), percentile(sorted, 0.975), defined));
    }

    /** Linear interpolation between the order statistics around (n − 1)·p (R's default, type 7). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
