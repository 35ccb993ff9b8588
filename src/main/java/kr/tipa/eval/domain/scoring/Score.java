package kr.tipa.eval.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** One indicator's score and the evaluator's optional comment on it; {@code value} is null until scored. */
public record Score(String indicatorId, BigDecimal value, String comment) {
    public Score {
        Objects.requireNonNull(indicatorId, "indicatorId");
        comment = comment == null ? "" : comment;
    }

    public boolean scored() {
        return value != null;
    }
}
