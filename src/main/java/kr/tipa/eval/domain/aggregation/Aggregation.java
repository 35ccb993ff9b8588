package kr.tipa.eval.domain.aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.program.TieBreakKey;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.screening.ScreeningStatus;

/**
 * 종합평점 and selection exactly as program-rules.md §3 states them, for any rubric: exact decimal
 * totals; INCOMPLETE below the minimum number of evaluators; one highest and one lowest total dropped
 * from the trim threshold on; the mean rounded HALF_UP to the programme's scale, and that rounded
 * value compared with the cutoff; ranks by composite then the tie-break chain, equal ranks when equal
 * on every key.
 */
public final class Aggregation {

    private final Program program;

    public Aggregation(Program program) {
        this.program = program;
    }

    public List<AggregationResult> aggregate(List<AggregationInput> inputs) {
        Map<String, AggregationInput> byReceipt = new HashMap<>();
        List<AggregationResult> results = new ArrayList<>();
        for (AggregationInput input : inputs) {
            byReceipt.put(input.receiptNo(), input);
            results.add(aggregate(input));
        }
        return rank(results, byReceipt);
    }

    /** Steps 1–5 for one application. */
    AggregationResult aggregate(AggregationInput input) {
        AggregationRules rules = program.aggregation();
        List<EvaluatorTotal> totals = input.totals().stream()
                .sorted(Comparator.comparingInt(EvaluatorTotal::order).thenComparing(EvaluatorTotal::evaluatorId))
                .toList();
        Optional<BigDecimal> spread = spread(totals);
        boolean alert = spread.map(s -> s.compareTo(rules.spreadAlert()) > 0).orElse(false);
        if (input.screening() == ScreeningStatus.INELIGIBLE) {
            return new AggregationResult(input.receiptNo(), totals, Set.of(), Optional.empty(), Map.of(),
                    SelectionStatus.INELIGIBLE, Optional.empty(), spread, alert, input.exclusionReason());
        }
        if (totals.size() < rules.minEvaluators()) {
            return new AggregationResult(input.receiptNo(), totals, Set.of(), Optional.empty(), Map.of(),
                    SelectionStatus.INCOMPLETE, Optional.empty(), spread, alert, input.exclusionReason());
        }
        Set<String> dropped = trimmed(totals, rules);
        List<EvaluatorTotal> kept = totals.stream().filter(t -> !dropped.contains(t.evaluatorId())).toList();
        BigDecimal sum = kept.stream().map(EvaluatorTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal composite = sum.divide(BigDecimal.valueOf(kept.size()), rules.roundingScale(), RoundingMode.HALF_UP);
        SelectionStatus status = composite.compareTo(program.cutoff()) >= 0 && input.exclusionReason().isEmpty()
                ? SelectionStatus.SELECTED : SelectionStatus.NOT_SELECTED;
        return new AggregationResult(input.receiptNo(), totals, dropped, Optional.of(composite), categoryMeans(kept),
                status, Optional.empty(), spread, alert, input.exclusionReason());
    }

    /**
     * Exactly one highest and one lowest total, when enough evaluators scored. Among equal extremes the
     * one dropped is fixed by panel order (the later evaluator's highest, the earlier evaluator's
     * lowest), so that the kept set, and with it the tie-break means, never depends on chance.
     */
    static Set<String> trimmed(List<EvaluatorTotal> totals, AggregationRules rules) {
        if (rules.trimWhenAtLeast().isEmpty() || totals.size() < rules.trimWhenAtLeast().getAsInt()) {
            return Set.of();
        }
        EvaluatorTotal lowest = totals.get(0);
        EvaluatorTotal highest = totals.get(0);
        for (EvaluatorTotal t : totals) {
            if (t.total().compareTo(lowest.total()) < 0) {
                lowest = t;
            }
            if (t.total().compareTo(highest.total()) >= 0) {
                highest = t;
            }
        }
        // With at least three totals the first lowest and the last highest are two different evaluators,
        // even when every total is equal.
        Set<String> dropped = new HashSet<>();
        dropped.add(lowest.evaluatorId());
        dropped.add(highest.evaluatorId());
        return dropped;
    }

    private Map<String, AggregationResult.Fraction> categoryMeans(List<EvaluatorTotal> kept) {
        Map<String, AggregationResult.Fraction> means = new LinkedHashMap<>();
        for (RubricCategory category : program.rubric().categories()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (EvaluatorTotal t : kept) {
                sum = sum.add(t.subtotals().getOrDefault(category.id(), BigDecimal.ZERO));
            }
            means.put(category.id(), new AggregationResult.Fraction(sum, kept.size()));
        }
        return means;
    }

    private static Optional<BigDecimal> spread(List<EvaluatorTotal> totals) {
        if (totals.size() < 2) {
            return Optional.empty();
        }
        BigDecimal max = totals.stream().map(EvaluatorTotal::total).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = totals.stream().map(EvaluatorTotal::total).min(BigDecimal::compareTo).orElseThrow();
        return Optional.of(max.subtract(min));
    }

    /** Step 6: every application with a composite, by composite then the tie-break chain. */
    private List<AggregationResult> rank(List<AggregationResult> results, Map<String, AggregationInput> inputs) {
        Comparator<AggregationResult> order = Comparator.comparing(
                (AggregationResult r) -> r.composite().orElseThrow()).reversed();
        for (TieBreakKey key : program.tieBreak()) {
            order = order.thenComparing(tieBreak(key, inputs));
        }
        List<AggregationResult> ranked = results.stream().filter(r -> r.composite().isPresent()).sorted(order).toList();
        Map<String, AggregationResult> withRanks = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            int rank = i + 1;
            if (i > 0 && order.compare(ranked.get(i - 1), ranked.get(i)) == 0) {
                rank = withRanks.get(ranked.get(i - 1).receiptNo()).rank().orElseThrow();
            }
            withRanks.put(ranked.get(i).receiptNo(), ranked.get(i).withRank(rank));
        }
        return results.stream().map(r -> withRanks.getOrDefault(r.receiptNo(), r)).toList();
    }

    private static Comparator<AggregationResult> tieBreak(TieBreakKey key, Map<String, AggregationInput> inputs) {
        return switch (key) {
            case TieBreakKey.CategoryMean mean -> Comparator.comparing(
                    (AggregationResult r) -> r.categoryMeans().get(mean.categoryId())).reversed();
            case TieBreakKey.SubmittedAt submitted -> Comparator.comparing(
                    (AggregationResult r) -> inputs.get(r.receiptNo()).submittedAt().toInstant());
        };
    }
}
