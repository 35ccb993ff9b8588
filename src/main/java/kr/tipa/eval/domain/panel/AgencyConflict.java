package kr.tipa.eval.domain.panel;

import java.util.Objects;

/**
 * A 제척 the agency knew of when it built the round: the evaluator takes no part in scoring the
 * application. It arrives with the round, so no member can undo it.
 */
public record AgencyConflict(String evaluatorId, String receiptNo, String reason) {

    public AgencyConflict {
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(reason, "reason");
    }
}
