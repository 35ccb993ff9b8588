package kr.tipa.eval.domain.advisory;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.program.Program;

/**
 * Everything advisory (참고용) about one panel: its agreement and, beside each official composite, the
 * adjusted composite with whether the application would land on the other side of the cutoff, or of the
 * capacity line. It reads the official results; it changes none of them.
 *
 * <p>The panel is given as its applications and its evaluators, so that a round with several panels is
 * advised panel by panel (and as a whole, by giving everything). Every submitted total of the panel's
 * evaluators on the panel's applications counts — those of an ineligible application too, since they are
 * the evaluators' judgements all the same — but only an application with an official composite gets an
 * adjusted one beside it.
 *
 * @param applications receipt number → advice, for every application given, in the order given
 */
public record PanelAdvisory(Agreement agreement, AdjustedComposite adjustment, Map<String, Advice> applications) {

    public PanelAdvisory {
        applications = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(applications));
    }

    /**
     * One application's advisory figures.
     *
     * @param adjustedComposite empty without an official composite or without an evaluator with a z-score
     * @param adjustedRank      the place by adjusted composite among the applications that have one (equal
     *                          values, equal place)
     * @param crossesCutoff     the adjusted composite is on the other side of the cutoff than the official
     * @param crossesCapacity   the adjusted place is on the other side of the capacity line than the official rank
     */
    public record Advice(Optional<BigDecimal> adjustedComposite, Optional<Integer> adjustedRank, boolean crossesCutoff,
            boolean crossesCapacity) {
    }

    /**
     * @param results    the official aggregation of the panel's applications
     * @param evaluators the panel's evaluators: totals by anyone else are not this panel's
     */
    public static PanelAdvisory of(Program program, List<AggregationResult> results, Collection<String> evaluators) {
        Set<String> panel = new LinkedHashSet<>(evaluators);
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        for (AggregationResult r : results) {
            Map<String, BigDecimal> row = new LinkedHashMap<>();
            for (EvaluatorTotal t : r.totals()) {
                if (panel.contains(t.evaluatorId())) {
                    row.put(t.evaluatorId(), t.total());
                }
            }
            if (!row.isEmpty()) {
                totals.put(r.receiptNo(), row);
            }
        }
        Ratings ratings = ratings(totals);
        Set<String> scored = ratings.coders();
        // alpha without each evaluator who scored anything, in panel order
        Agreement agreement = Agreement.measure(ratings, panel.stream().filter(scored::contains).toList());
        AdjustedComposite adjustment = AdjustedComposite.of(totals, program.aggregation().roundingScale());
        Map<String, BigDecimal> adjusted = new LinkedHashMap<>();
        for (AggregationResult r : results) {
            BigDecimal value = adjustment.adjusted().get(r.receiptNo());
            if (r.composite().isPresent() && value != null) {
                adjusted.put(r.receiptNo(), value);
            }
        }
        Map<String, Advice> advice = new LinkedHashMap<>();
        for (AggregationResult r : results) {
            Optional<BigDecimal> value = Optional.ofNullable(adjusted.get(r.receiptNo()));
            Optional<Integer> place = value.map(v -> 1 + (int) adjusted.values().stream()
                    .filter(other -> other.compareTo(v) > 0).count());
            boolean cutoff = value.isPresent()
                    && (r.composite().orElseThrow().compareTo(program.cutoff()) >= 0) != (value.get()
                            .compareTo(program.cutoff()) >= 0);
            boolean capacity = place.isPresent() && r.rank().isPresent()
                    && (r.rank().get() <= program.capacity()) != (place.get() <= program.capacity());
            advice.put(r.receiptNo(), new Advice(value, place, cutoff, capacity));
        }
        return new PanelAdvisory(agreement, adjustment, advice);
    }

    /** The applications whose adjusted composite is on the other side of the cutoff, in the order given. */
    public List<String> crossingCutoff() {
        return applications.entrySet().stream().filter(e -> e.getValue().crossesCutoff()).map(Map.Entry::getKey)
                .toList();
    }

    /** The applications whose adjusted place is on the other side of the capacity line, in the order given. */
    public List<String> crossingCapacity() {
        return applications.entrySet().stream().filter(e -> e.getValue().crossesCapacity()).map(Map.Entry::getKey)
                .toList();
    }

    private static Ratings ratings(Map<String, Map<String, BigDecimal>> totals) {
        return new Ratings(totals.entrySet().stream().map(e -> {
            Map<String, Double> values = new LinkedHashMap<>();
            e.getValue().forEach((evaluator, total) -> values.put(evaluator, total.doubleValue()));
            return new Ratings.Unit(e.getKey(), values);
        }).toList());
    }
}
