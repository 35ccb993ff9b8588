package kr.tipa.eval.domain.aggregation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.domain.screening.ScreeningStatus;

/**
 * What the aggregation needs of one application: its screening, its submission time (the last
 * tie-break), the totals of every submitted sheet (conflicted evaluators have none), and a chair's
 * exclusion if any.
 */
public record AggregationInput(
        String receiptNo,
        ScreeningStatus screening,
        OffsetDateTime submittedAt,
        List<EvaluatorTotal> totals,
        Optional<String> exclusionReason) {

    public AggregationInput {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(submittedAt, "submittedAt");
        totals = List.copyOf(totals);
        Objects.requireNonNull(exclusionReason, "exclusionReason");
    }
}
