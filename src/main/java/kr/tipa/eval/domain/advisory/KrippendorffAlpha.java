package kr.tipa.eval.domain.advisory;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha = 1 − D_o / D_e from the coincidence matrix of the pairable units:
 * o_ck = Σ_u (number of c–k pairs of values in u) / (m_u − 1), n_c = Σ_k o_ck, n = Σ_c n_c,
 * D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n (n − 1)). Undefined (empty) when no unit is
 * pairable or when every value is the same (D_e = 0).
 *
 * <p>The units are prepared once; {@link #alpha(int[])} then weighs each unit by how many times a bootstrap
 * replicate drew it, without building the data again.
 */
public final class KrippendorffAlpha {

    private final Metric metric;
    /** The distinct values of the pairable units, ascending. */
    private final double[] values;
    /** Per pairable unit, the index in {@link #values} of each of its values. */
    private final int[][] units;

    private KrippendorffAlpha(Metric metric, List<Ratings.Unit> pairable) {
        this.metric = metric;
        this.values = pairable.stream().flatMap(u -> u.values().values().stream()).mapToDouble(Double::doubleValue)
                .sorted().distinct().toArray();
        this.units = new int[pairable.size()][];
        for (int u = 0; u < units.length; u++) {
            units[u] = pairable.get(u).values().values().stream()
                    .mapToInt(x -> Arrays.binarySearch(values, x)).toArray();
        }
    }

    /** Prepares the pairable units of {@code ratings}; units with fewer than two values are left out. */
    static KrippendorffAlpha prepare(Ratings ratings, Metric metric) {
        return new KrippendorffAlpha(metric, ratings.pairable());
    }

    /** Alpha of {@code ratings} under {@code metric}; empty when undefined. */
    public static OptionalDouble of(Ratings ratings, Metric metric) {
        KrippendorffAlpha prepared = prepare(ratings, metric);
        int[] once = new int[prepared.units()];
        Arrays.fill(once, 1);
        return prepared.alpha(once);
    }

    /** How many pairable units there are. */
    int units() {
        return units.length;
    }

    /** Alpha with pairable unit {@code u} counted {@code weights[u]} times. */
    OptionalDouble alpha(int[] weights) {
        int v = values.length;
        double[][] o = new double[v][v];
        for (int u = 0; u < units.length; u++) {
            if (weights[u] == 0) {
                continue;
            }
            int[] unit = units[u];
            double share = (double) weights[u] / (unit.length - 1);
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j) {
                        o[unit[i]][unit[j]] += share;
                    }
                }
            }
        }
        double[] counts = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                counts[c] += o[c][k];
            }
            n += counts[c];
        }
        if (n <= 1) {
            return OptionalDouble.empty();
        }
        double[][] delta = metric.squaredDifferences(values, counts);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                observed += o[c][k] * delta[c][k];
                expected += counts[c] * counts[k] * delta[c][k];
            }
        }
        observed /= n;
        expected /= n * (n - 1);
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - observed / expected);
    }
}
