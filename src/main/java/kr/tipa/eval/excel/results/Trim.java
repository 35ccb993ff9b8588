package kr.tipa.eval.excel.results;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;

/**
 * Which of an application's dropped totals was the highest and which the lowest. The aggregation only
 * says who was dropped; among equal totals it drops the earlier evaluator's lowest and the later
 * evaluator's highest, and ordering by (total, panel order) tells them apart the same way.
 */
record Trim(Optional<EvaluatorTotal> highest, Optional<EvaluatorTotal> lowest) {

    static Trim of(AggregationResult a) {
        List<EvaluatorTotal> dropped = a.totals().stream().filter(t -> a.dropped().contains(t.evaluatorId()))
                .sorted(Comparator.comparing(EvaluatorTotal::total).thenComparingInt(EvaluatorTotal::order))
                .toList();
        if (dropped.isEmpty()) {
            return new Trim(Optional.empty(), Optional.empty());
        }
        if (dropped.size() == 1) {
            EvaluatorTotal only = dropped.get(0);
            boolean highest = a.totals().stream().allMatch(t -> t.total().compareTo(only.total()) <= 0);
            return highest ? new Trim(Optional.of(only), Optional.empty())
                    : new Trim(Optional.empty(), Optional.of(only));
        }
        return new Trim(Optional.of(dropped.get(dropped.size() - 1)), Optional.of(dropped.get(0)));
    }

    boolean isHighest(String evaluatorId) {
        return highest.map(t -> t.evaluatorId().equals(evaluatorId)).orElse(false);
    }

    boolean isLowest(String evaluatorId) {
        return lowest.map(t -> t.evaluatorId().equals(evaluatorId)).orElse(false);
    }
}
