package kr.tipa.eval.domain.rubric;

import java.math.BigDecimal;
import java.util.Objects;

/** One 평가지표 of a rubric, scored from 0 to {@code maxPoints} in the rubric's step. */
public record Indicator(String id, String text, BigDecimal maxPoints) {
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(maxPoints, "maxPoints");
    }
}
