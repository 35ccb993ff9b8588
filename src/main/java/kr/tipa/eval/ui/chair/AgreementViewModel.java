package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.domain.advisory.Agreement;
import kr.tipa.eval.domain.advisory.PanelAdvisory;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.service.EvaluatorProfile;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;

/**
 * 일치도 (참고용): each evaluator's totals side by side, the panel's Krippendorff alpha with its interval and
 * alpha without each evaluator, and the applications the advisory adjusted composite would move across
 * the cutoff or the capacity line. Nothing here changes a composite, status or rank.
 */
public final class AgreementViewModel {

    private final Round round;
    private final Messages messages;
    private final ObservableList<EvaluatorStrip> strips = FXCollections.observableArrayList();
    private final ObservableList<AlphaWithoutRow> without = FXCollections.observableArrayList();
    private final ObservableList<CrossingRow> crossings = FXCollections.observableArrayList();
    private final StringProperty alpha = new SimpleStringProperty("");
    private final StringProperty interval = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty excluded = new SimpleStringProperty("");
    private final DoubleProperty panelMean = new SimpleDoubleProperty(Double.NaN);

    AgreementViewModel(Round round, Messages messages) {
        this.round = round;
        this.messages = messages;
    }

    /** The evaluators with at least one submitted total, in panel order. */
    public ObservableList<EvaluatorStrip> strips() {
        return strips;
    }

    public ObservableList<AlphaWithoutRow> alphaWithout() {
        return without;
    }

    /** The applications whose side of the cutoff or of the capacity line would differ, in ranking order. */
    public ObservableList<CrossingRow> crossings() {
        return crossings;
    }

    /** "α = 0.698", or why there is none. */
    public StringProperty alphaProperty() {
        return alpha;
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    /** What alpha was computed over and how the interval was drawn. */
    public StringProperty basisProperty() {
        return basis;
    }

    /** The evaluators left out of the adjustment, with why; empty when none. */
    public StringProperty excludedProperty() {
        return excluded;
    }

    /** Mean of every submitted total; NaN without any. */
    public DoubleProperty panelMeanProperty() {
        return panelMean;
    }

    public double cutoff() {
        return round.program().cutoff().doubleValue();
    }

    /** The cutoff as the programme states it: 60, or 60.5. */
    public String cutoffText() {
        return Decimals.plain(round.program().cutoff());
    }

    public double maxTotal() {
        return round.program().rubric().maxTotal().doubleValue();
    }

    void apply(ChairSnapshot s) {
        List<PanelMember> panel = s.results().panel().stream().sorted(Comparator.comparingInt(PanelMember::order))
                .toList();
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        panel.forEach(m -> labels.put(m.id(), m.evaluator().name() + " (" + m.id() + ")"));
        strips.setAll(strips(s, panel, labels));
        panelMean.set(strips.stream().flatMap(x -> x.totals().stream()).mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN));
        agreement(s.advisory().agreement(), labels);
        crossings.setAll(crossings(s));
        excluded.set(s.advisory().adjustment().excluded().isEmpty() ? ""
                : messages.get("chairui.agreement.excluded", s.advisory().adjustment().excluded().entrySet().stream()
                        .map(e -> messages.get("chairui.agreement.excluded." + e.getValue().name(),
                                labels.getOrDefault(e.getKey(), e.getKey())))
                        .collect(Collectors.joining(", "))));
    }

    private List<EvaluatorStrip> strips(ChairSnapshot s, List<PanelMember> panel, Map<String, String> labels) {
        Map<String, List<Double>> totals = new java.util.LinkedHashMap<>();
        panel.forEach(m -> totals.put(m.id(), new ArrayList<>()));
        for (ApplicationOutcome o : s.results().outcomes()) {
            for (EvaluatorTotal t : o.aggregation().totals()) {
                totals.computeIfAbsent(t.evaluatorId(), k -> new ArrayList<>()).add(t.total().doubleValue());
            }
        }
        Map<String, EvaluatorStrip.Lean> leans = new java.util.HashMap<>();
        for (EvaluatorProfile p : s.profiles()) {
            leans.put(p.member().id(), p.zScore().map(z -> z.compareTo(BigDecimal.ONE.negate()) <= 0
                    ? EvaluatorStrip.Lean.HARSH : z.compareTo(BigDecimal.ONE) >= 0 ? EvaluatorStrip.Lean.LENIENT
                            : EvaluatorStrip.Lean.USUAL).orElse(EvaluatorStrip.Lean.USUAL));
        }
        List<EvaluatorStrip> list = new ArrayList<>();
        totals.forEach((id, values) -> {
            if (!values.isEmpty()) {
                list.add(new EvaluatorStrip(id, labels.getOrDefault(id, id), values,
                        leans.getOrDefault(id, EvaluatorStrip.Lean.USUAL)));
            }
        });
        return list;
    }

    private void agreement(Agreement a, Map<String, String> labels) {
        if (a.alpha().isEmpty()) {
            alpha.set(messages.get("chairui.agreement.alpha.undefined"));
            interval.set("");
        } else {
            alpha.set(messages.get("chairui.agreement.alpha.value", three(a.alpha())));
            interval.set(a.interval().map(i -> messages.get("chairui.agreement.alpha.interval",
                    three(OptionalDouble.of(i.lower())), three(OptionalDouble.of(i.upper()))))
                    .orElse(messages.get("chairui.agreement.alpha.noInterval")));
        }
        basis.set(messages.get("chairui.agreement.alpha.basis", a.pairableUnits(), Agreement.REPLICATES));
        List<AlphaWithoutRow> rows = new ArrayList<>();
        a.alphaWithout().forEach((id, value) -> {
            String change = value.isPresent() && a.alpha().isPresent()
                    ? String.format(Locale.ROOT, "%+.3f", value.getAsDouble() - a.alpha().getAsDouble()) : "";
            rows.add(new AlphaWithoutRow(labels.getOrDefault(id, id), three(value), change));
        });
        without.setAll(rows);
    }

    private List<CrossingRow> crossings(ChairSnapshot s) {
        PanelAdvisory advisory = s.advisory();
        int capacity = round.program().capacity();
        BigDecimal cutoff = round.program().cutoff();
        List<CrossingRow> rows = new ArrayList<>();
        for (ApplicationOutcome o : s.results().outcomes()) {
            PanelAdvisory.Advice advice = advisory.applications().get(o.receiptNo());
            if (advice == null || !(advice.crossesCutoff() || advice.crossesCapacity())) {
                continue;
            }
            BigDecimal composite = o.aggregation().composite().orElseThrow();
            List<String> changes = new ArrayList<>();
            if (advice.crossesCutoff()) {
                changes.add(messages.get(composite.compareTo(cutoff) >= 0 ? "chairui.agreement.crossing.cutoffDown"
                        : "chairui.agreement.crossing.cutoffUp", Decimals.plain(cutoff)));
            }
            if (advice.crossesCapacity()) {
                changes.add(messages.get(o.aggregation().rank().orElseThrow() <= capacity
                        ? "chairui.agreement.crossing.capacityOut" : "chairui.agreement.crossing.capacityIn",
                        capacity));
            }
            rows.add(new CrossingRow(o.receiptNo(), o.application().companyName(), composite,
                    advice.adjustedComposite().orElseThrow(), String.join(", ", changes)));
        }
        return rows;
    }

    /** Three decimals, as Krippendorff reports alpha; a dash when undefined. */
    static String three(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "–";
    }
}
