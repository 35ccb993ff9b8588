package kr.tipa.eval.domain.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.aggregation.Aggregation;
import kr.tipa.eval.domain.aggregation.AggregationInput;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The advisory adjusted composite on constructed panels. Expected values are worked by hand in the
 * comments; the official composites come from the real {@link Aggregation}.
 */
class PanelAdvisoryTest {

    private static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2024-09-03T10:00:00+09:00");
    private static final List<String> PANEL = List.of("A", "B", "C", "H");

    private static Program program(int capacity) {
        Program p = Fixtures.program();
        return new Program(p.code(), p.name(), p.agency(), p.partner(), p.applicationDeadline(), capacity, p.cutoff(),
                p.aggregation(), p.tieBreak(), p.rubric());
    }

    /** A, B and C give every application {@code fair}; H gives {@code fair − 10} where {@code harsh} says so. */
    private static List<AggregationResult> panel(Program program, int[] fair, boolean[] harsh) {
        List<AggregationInput> inputs = new ArrayList<>();
        for (int i = 0; i < fair.length; i++) {
            List<EvaluatorTotal> totals = new ArrayList<>();
            for (int e = 0; e < 3; e++) {
                totals.add(total(PANEL.get(e), e + 1, fair[i]));
            }
            if (harsh[i]) {
                totals.add(total("H", 4, fair[i] - 10));
            }
            inputs.add(new AggregationInput("P" + (i + 1), ScreeningStatus.ELIGIBLE, SUBMITTED, totals,
                    Optional.empty()));
        }
        return new Aggregation(program).aggregate(inputs);
    }

    private static EvaluatorTotal total(String id, int order, double value) {
        return new EvaluatorTotal(id, order, BigDecimal.valueOf(value), Map.of());
    }

    private static BigDecimal composite(List<AggregationResult> results, String receipt) {
        return results.stream().filter(r -> r.receiptNo().equals(receipt)).findFirst().orElseThrow().composite()
                .orElseThrow();
    }

    /**
     * H is ten points harsher than A, B and C, and scored only P1–P3 (not P4–P6).
     *
     * <pre>
     *        A   B   C   H    official
     * P1    62  62  62  52    238/4 = 59.50  (not selected)
     * P2    80  80  80  70    77.50
     * P3    50  50  50  40    47.50
     * P4    45  45  45   –    45.00
     * P5    75  75  75   –    75.00
     * P6    85  85  85   –    85.00
     * </pre>
     * A (B, C alike): mean 397/6 = 66.1667, Σx² = 27619, variance 27619/6 − 66.1667² = 225.139, SD 15.0046.
     * H: 52, 70, 40: mean 54, squared deviations 4 + 256 + 196 = 456, variance 152, SD 12.3288.
     * Panel (21 totals): sum 3·397 + 162 = 1353, mean 64.4286; Σx² = 3·27619 + 9204 = 92061,
     * variance 92061/21 − 64.4286² = 4383.857 − 4151.041 = 232.816, SD 15.2583.
     * P1: z_A = (62 − 66.1667)/15.0046 = −0.27769 (thrice), z_H = (52 − 54)/12.3288 = −0.16222;
     * mean z = (3·−0.27769 − 0.16222)/4 = −0.24883; adjusted = 64.4286 + 15.2583·−0.24883 = 60.6319 → 60.63.
     * The others stay on their side: P2 79.93, P3 47.77, P4 42.90, P5 73.41, P6 83.58.
     */
    @Test
    void theApplicationPulledDownByTheHarshEvaluatorAloneCrossesTheCutoff() {
        Program program = program(50);
        List<AggregationResult> results = panel(program, new int[] {62, 80, 50, 45, 75, 85},
                new boolean[] {true, true, true, false, false, false});
        assertThat(composite(results, "P1")).isEqualByComparingTo("59.50");

        PanelAdvisory advisory = PanelAdvisory.of(program, results, PANEL);

        assertThat(advisory.crossingCutoff()).containsExactly("P1");
        PanelAdvisory.Advice p1 = advisory.applications().get("P1");
        assertThat(p1.adjustedComposite()).contains(new BigDecimal("60.63"));
        assertThat(p1.crossesCutoff()).isTrue();
        Map<String, String> adjusted = new LinkedHashMap<>();
        advisory.applications().forEach((r, a) -> adjusted.put(r, a.adjustedComposite().orElseThrow().toPlainString()));
        assertThat(adjusted).containsExactly(Map.entry("P1", "60.63"), Map.entry("P2", "79.93"),
                Map.entry("P3", "47.77"), Map.entry("P4", "42.90"), Map.entry("P5", "73.41"),
                Map.entry("P6", "83.58"));
        assertThat(advisory.crossingCapacity()).isEmpty();
        assertThat(advisory.adjustment().excluded()).isEmpty();
        // the official results are what they were
        assertThat(composite(results, "P1")).isEqualByComparingTo("59.50");
    }

    /**
     * As above with P2 at 76 (H 66): official P2 (3·76 + 66)/4 = 73.50, third behind P6 85 and P5 75.
     * A: mean 393/6 = 65.5, Σx² = 26955, variance 4492.5 − 4290.25 = 202.25, SD 14.2215;
     * H: 52, 66, 40: mean 52.6667, variance (0.4444 + 177.7778 + 160.4444)/3 = 112.889, SD 10.6249;
     * panel: sum 1337, mean 63.6667, Σx² = 80865 + 8660 = 89525, variance 4263.095 − 4053.444 = 209.651,
     * SD 14.4793. P2: z_A = 10.5/14.2215 = 0.73832, z_H = 13.3333/10.6249 = 1.25491, mean 0.86747,
     * adjusted 63.6667 + 14.4793·0.86747 = 76.23; P5: z = 9.5/14.2215 = 0.66800, adjusted 73.34.
     * With a capacity of two, P2 moves above the line and P5 below it.
     */
    @Test
    void theCapacityLineIsCrossedBothWays() {
        Program program = program(2);
        List<AggregationResult> results = panel(program, new int[] {62, 76, 50, 45, 75, 85},
                new boolean[] {true, true, true, false, false, false});
        PanelAdvisory advisory = PanelAdvisory.of(program, results, PANEL);
        assertThat(advisory.crossingCapacity()).containsExactly("P2", "P5");
        assertThat(advisory.applications().get("P2").adjustedRank()).contains(2);
        assertThat(advisory.applications().get("P5").adjustedRank()).contains(3);
        assertThat(advisory.applications().get("P6").adjustedRank()).contains(1);
    }

    /**
     * D scored one application only, E gave 70 to everything: neither has a z-score. Q3 was scored by D and E
     * alone (and so has no official composite either); Q1 and Q2 are adjusted on A, B, C only.
     */
    @Test
    void anEvaluatorWithOneApplicationOrNoSpreadIsLeftOutOfTheAdjustment() {
        Program program = program(50);
        List<AggregationInput> inputs = List.of(
                new AggregationInput("Q1", ScreeningStatus.ELIGIBLE, SUBMITTED, List.of(total("A", 1, 60),
                        total("B", 2, 70), total("C", 3, 80), total("E", 5, 70)), Optional.empty()),
                new AggregationInput("Q2", ScreeningStatus.ELIGIBLE, SUBMITTED, List.of(total("A", 1, 80),
                        total("B", 2, 90), total("C", 3, 60), total("E", 5, 70)), Optional.empty()),
                new AggregationInput("Q3", ScreeningStatus.ELIGIBLE, SUBMITTED, List.of(total("D", 4, 50),
                        total("E", 5, 70)), Optional.empty()));
        List<AggregationResult> results = new Aggregation(program).aggregate(inputs);
        PanelAdvisory advisory = PanelAdvisory.of(program, results, List.of("A", "B", "C", "D", "E"));
        assertThat(advisory.adjustment().excluded()).containsExactly(
                Map.entry("E", AdjustedComposite.Exclusion.NO_SPREAD),
                Map.entry("D", AdjustedComposite.Exclusion.SINGLE_APPLICATION));
        assertThat(advisory.applications().get("Q3").adjustedComposite()).isEmpty();
        assertThat(advisory.applications().get("Q3").crossesCutoff()).isFalse();
        assertThat(advisory.adjustment().adjusted()).containsKeys("Q1", "Q2");
        // Q3 still counts for agreement: it has two totals
        assertThat(advisory.agreement().pairableUnits()).isEqualTo(3);
    }

    /**
     * An ineligible application's totals are the evaluators' judgements and count for agreement and for the
     * evaluators' standardisation, but it gets no adjusted composite (it has no official one).
     */
    @Test
    void anIneligibleApplicationCountsForAgreementButGetsNoAdjustedComposite() {
        Program program = program(50);
        List<AggregationInput> inputs = List.of(
                new AggregationInput("R1", ScreeningStatus.ELIGIBLE, SUBMITTED, List.of(total("A", 1, 60),
                        total("B", 2, 70), total("C", 3, 80)), Optional.empty()),
                new AggregationInput("R2", ScreeningStatus.INELIGIBLE, SUBMITTED, List.of(total("A", 1, 80),
                        total("B", 2, 90), total("C", 3, 60)), Optional.empty()));
        PanelAdvisory advisory = PanelAdvisory.of(program, new Aggregation(program).aggregate(inputs),
                List.of("A", "B", "C"));
        assertThat(advisory.agreement().pairableUnits()).isEqualTo(2);
        assertThat(advisory.applications().get("R2").adjustedComposite()).isEmpty();
        assertThat(advisory.applications().get("R1").adjustedComposite()).isPresent();
    }

    /**
     * Totals by someone outside the panel are not this panel's. Without H, A, B and C agree exactly and each
     * has the panel's own mean and SD, so every adjusted composite is the fair total itself: P1 62.00, on
     * the other side of the cutoff from its official 59.50 (which H's total is part of).
     */
    @Test
    void onlyThePanelsEvaluatorsCount() {
        Program program = program(50);
        List<AggregationResult> results = panel(program, new int[] {62, 80, 50, 45, 75, 85},
                new boolean[] {true, true, true, false, false, false});
        PanelAdvisory withoutH = PanelAdvisory.of(program, results, List.of("A", "B", "C"));
        assertThat(withoutH.agreement().alphaWithout()).containsOnlyKeys("A", "B", "C");
        assertThat(withoutH.agreement().alpha().orElseThrow()).isEqualTo(1.0);
        assertThat(withoutH.applications().get("P1").adjustedComposite()).contains(new BigDecimal("62.00"));
        assertThat(withoutH.applications().get("P4").adjustedComposite()).contains(new BigDecimal("45.00"));
        assertThat(withoutH.crossingCutoff()).containsExactly("P1");
    }
}
