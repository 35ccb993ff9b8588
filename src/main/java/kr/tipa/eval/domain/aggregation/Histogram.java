package kr.tipa.eval.domain.aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Counts of composites in equal bins from 0 to the rubric's maximum; the last bin includes the maximum. */
public final class Histogram {

    /** Where a bin lies against the cutoff. */
    public enum Zone {
        BELOW, STRADDLES, AT_OR_ABOVE
    }

    /** Composites in [lower, upper) — or [lower, upper] for the last bin. */
    public record Bin(BigDecimal lower, BigDecimal upper, int count, Zone zone) {
    }

    private Histogram() {
    }

    public static List<Bin> bins(Collection<BigDecimal> values, BigDecimal max, BigDecimal width, BigDecimal cutoff) {
        int n = max.divide(width, 0, RoundingMode.CEILING).intValueExact();
        int[] counts = new int[Math.max(n, 1)];
        for (BigDecimal v : values) {
            int i = v.divide(width, 0, RoundingMode.FLOOR).intValue();
            counts[Math.max(0, Math.min(counts.length - 1, i))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            BigDecimal lower = width.multiply(BigDecimal.valueOf(i));
            BigDecimal upper = lower.add(width).min(max);
            Zone zone = upper.compareTo(cutoff) <= 0 ? Zone.BELOW
                    : lower.compareTo(cutoff) >= 0 ? Zone.AT_OR_ABOVE : Zone.STRADDLES;
            bins.add(new Bin(lower, upper, counts[i], zone));
        }
        return bins;
    }
}
