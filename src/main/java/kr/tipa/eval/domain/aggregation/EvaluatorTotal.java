package kr.tipa.eval.domain.aggregation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluator's submitted total for an application, with the category subtotals the tie-break uses.
 * {@code order} is the evaluator's place in the panel (registration order), used for display.
 */
public record EvaluatorTotal(String evaluatorId, int order, BigDecimal total, Map<String, BigDecimal> subtotals) {
    public EvaluatorTotal {
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(total, "total");
        subtotals = Map.copyOf(subtotals);
    }
}
