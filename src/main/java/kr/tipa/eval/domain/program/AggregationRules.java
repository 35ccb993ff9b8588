package kr.tipa.eval.domain.program;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The programme's aggregation parameters (program-rules.md §3), each configurable by the bundle.
 *
 * @param minEvaluators    fewer submitted totals than this make an application INCOMPLETE
 * @param trimWhenAtLeast  from this many totals on, one highest and one lowest are dropped; empty = never
 * @param roundingScale    decimals of the composite, rounded HALF_UP
 * @param spreadAlert      highest − lowest total above this alerts the chair
 */
public record AggregationRules(int minEvaluators, OptionalInt trimWhenAtLeast, int roundingScale, BigDecimal spreadAlert) {

    public static final AggregationRules DEFAULTS =
            new AggregationRules(3, OptionalInt.of(5), 2, BigDecimal.valueOf(20));

    public AggregationRules {
        Objects.requireNonNull(trimWhenAtLeast, "trimWhenAtLeast");
        Objects.requireNonNull(spreadAlert, "spreadAlert");
        if (minEvaluators < 1) {
            throw new IllegalArgumentException("minEvaluators must be at least 1");
        }
        if (roundingScale < 0) {
            throw new IllegalArgumentException("roundingScale must not be negative");
        }
    }
}
