package kr.tipa.eval.domain.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;

/**
 * One version of an evaluator's score sheet for one application (program-rules.md §2): complete when
 * every indicator is scored; totals are exact decimal sums.
 */
public record ScoreSheet(
        String receiptNo,
        String evaluatorId,
        int version,
        SheetState state,
        Map<String, Score> scores,
        String overallOpinion,
        Instant updatedAt,
        Instant submittedAt) {

    public ScoreSheet {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(state, "state");
        scores = Map.copyOf(scores);
        overallOpinion = overallOpinion == null ? "" : overallOpinion;
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    /** An empty first draft. */
    public static ScoreSheet empty(String receiptNo, String evaluatorId) {
        return new ScoreSheet(receiptNo, evaluatorId, 1, SheetState.DRAFT, Map.of(), "", null, null);
    }

    public Optional<BigDecimal> value(String indicatorId) {
        Score score = scores.get(indicatorId);
        return score == null ? Optional.empty() : Optional.ofNullable(score.value());
    }

    public String comment(String indicatorId) {
        Score score = scores.get(indicatorId);
        return score == null ? "" : score.comment();
    }

    /** Sum of the scores given so far. */
    public BigDecimal total() {
        return scores.values().stream().filter(Score::scored).map(Score::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the category's indicator scores given so far. */
    public BigDecimal subtotal(RubricCategory category) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator indicator : category.indicators()) {
            sum = sum.add(value(indicator.id()).orElse(BigDecimal.ZERO));
        }
        return sum;
    }

    /** Each category's subtotal, in rubric order. */
    public Map<String, BigDecimal> subtotals(Rubric rubric) {
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        rubric.categories().forEach(c -> subtotals.put(c.id(), subtotal(c)));
        return subtotals;
    }

    /** Indicators of the rubric not yet scored, in rubric order. */
    public List<Indicator> missing(Rubric rubric) {
        List<Indicator> missing = new ArrayList<>();
        for (Indicator indicator : rubric.indicators()) {
            if (value(indicator.id()).isEmpty()) {
                missing.add(indicator);
            }
        }
        return missing;
    }

    public boolean isComplete(Rubric rubric) {
        return missing(rubric).isEmpty();
    }

    public boolean submitted() {
        return state == SheetState.SUBMITTED;
    }

    public boolean isEmpty() {
        return scores.values().stream().noneMatch(Score::scored) && overallOpinion.isBlank()
                && scores.values().stream().allMatch(s -> s.comment().isBlank());
    }
}
