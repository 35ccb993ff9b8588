package kr.tipa.eval.domain.advisory;

/**
 * Krippendorff's difference functions δ²(c, k) for the levels of measurement. Totals are on an interval
 * scale (ten points are ten points anywhere on it); the others are here so that the implementation can be
 * checked against every published example.
 */
public enum Metric {
    NOMINAL,
    ORDINAL,
    INTERVAL,
    RATIO;

    /**
     * δ² between every two of the distinct values, sorted ascending; {@code counts} are the values' marginal
     * frequencies n_c (the ordinal metric measures distance by how many values lie between).
     */
    double[][] squaredDifferences(double[] values, double[] counts) {
        int v = values.length;
        double[][] d = new double[v][v];
        for (int c = 0; c < v; c++) {
            double between = 0;
            for (int k = c; k < v; k++) {
                between += counts[k];
                double delta = switch (this) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case ORDINAL -> {
                        double x = between - (counts[c] + counts[k]) / 2;
                        yield c == k ? 0 : x * x;
                    }
                    case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                    case RATIO -> {
                        double sum = values[c] + values[k];
                        double x = sum == 0 ? 0 : (values[c] - values[k]) / sum;
                        yield x * x;
                    }
                };
                d[c][k] = delta;
                d[k][c] = delta;
            }
        }
        return d;
    }
}
