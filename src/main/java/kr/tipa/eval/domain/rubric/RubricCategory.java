package kr.tipa.eval.domain.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One 평가항목 (e.g. 글로벌 역량 30) with its indicators. */
public record RubricCategory(String id, String name, BigDecimal maxPoints, List<Indicator> indicators) {
    public RubricCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxPoints, "maxPoints");
        indicators = List.copyOf(indicators);
    }
}
