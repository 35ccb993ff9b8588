package kr.tipa.eval.domain.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * program-rules.md §3 at every boundary. Expected composites are worked by hand in each comment, never
 * by the code under test.
 */
class AggregationTest {

    private static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2024-09-03T10:00:00+09:00");

    private static Program program(int min, Integer trim, int scale, String cutoff) {
        Program p = Fixtures.program();
        AggregationRules rules = new AggregationRules(min, trim == null ? OptionalInt.empty() : OptionalInt.of(trim),
                scale, BigDecimal.valueOf(20));
        return new Program(p.code(), p.name(), p.agency(), p.partner(), p.applicationDeadline(), p.capacity(),
                new BigDecimal(cutoff), rules, p.tieBreak(), p.rubric());
    }

    /** Totals split evenly-ish into the three categories (30/30/40 weights do not matter for the composite). */
    private static List<EvaluatorTotal> totals(String... values) {
        List<EvaluatorTotal> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            BigDecimal total = new BigDecimal(values[i]);
            list.add(new EvaluatorTotal("E" + (i + 1), i + 1, total, Map.of("GLOBAL", BigDecimal.ZERO,
                    "MARKETABILITY", BigDecimal.ZERO, "EXPORT_PLAN", total)));
        }
        return list;
    }

    private static AggregationInput input(String receipt, ScreeningStatus screening, List<EvaluatorTotal> totals) {
        return new AggregationInput(receipt, screening, SUBMITTED, totals, Optional.empty());
    }

    private static AggregationResult one(Program program, String... totals) {
        return new Aggregation(program).aggregate(List.of(input("A", ScreeningStatus.ELIGIBLE, totals(totals)))).get(0);
    }

    @ParameterizedTest(name = "scale {0}: mean of {1} and {2} → {3}, {4}")
    @CsvSource({
        // (59.99 + 60.00) / 2 = 59.995 exactly: HALF_UP at 2 decimals gives 60.00, which meets the cutoff.
        "2, 59.99, 60.00, 60.00, SELECTED",
        // at 3 decimals 59.995 stays below 60.
        "3, 59.99, 60.00, 59.995, NOT_SELECTED",
        "1, 59.99, 60.00, 60.0, SELECTED",
        "0, 59.99, 60.00, 60, SELECTED",
        // (59.99 + 59.999) / 2 = 59.9945: 59.99 at 2 decimals, 59.995 at 3 (still below), 60.0 at 1.
        "2, 59.99, 59.999, 59.99, NOT_SELECTED",
        "3, 59.99, 59.999, 59.995, NOT_SELECTED",
        "1, 59.99, 59.999, 60.0, SELECTED",
        // (59 + 60) / 2 = 59.5: 60 at 0 decimals (HALF_UP), 59.5 at 1.
        "0, 59, 60, 60, SELECTED",
        "1, 59, 60, 59.5, NOT_SELECTED"})
    void theRoundedCompositeDecidesAgainstTheCutoff(int scale, String a, String b, String composite, String status) {
        AggregationResult r = one(program(2, 5, scale, "60"), a, b);
        assertThat(r.composite()).hasValueSatisfying(c -> assertThat(c.toPlainString()).isEqualTo(composite));
        assertThat(r.status()).isEqualTo(SelectionStatus.valueOf(status));
    }

    @Test
    void aRepeatingMeanIsRoundedHalfUpExactly() {
        // (81 + 77 + 69 + 74) / 4 = 75.25; (81 + 77 + 69) / 3 = 75.666… → 75.67
        assertThat(one(program(3, 5, 2, "60"), "81", "77", "69").composite()).hasValue(new BigDecimal("75.67"));
        // (70 + 70 + 71) / 3 = 70.333… → 70.33
        assertThat(one(program(3, 5, 2, "60"), "70", "70", "71").composite()).hasValue(new BigDecimal("70.33"));
    }

    @Test
    void theSpecExampleDropsOneHighestAndOneLowest() {
        // cli.md: 81, 77, 69, 74, 90 → drop 90 and 69 → (81 + 77 + 74) / 3 = 77.333… → 77.33
        AggregationResult r = one(program(3, 5, 2, "60"), "81", "77", "69", "74", "90");
        assertThat(r.composite()).hasValue(new BigDecimal("77.33"));
        assertThat(r.dropped()).containsExactlyInAnyOrder("E3", "E5");
    }

    @Test
    void sharedExtremesDropOnlyOneEach() {
        // 90, 90, 80, 50, 50 → drop one 90 and one 50 → (90 + 80 + 50) / 3 = 73.333… → 73.33
        AggregationResult r = one(program(3, 5, 2, "60"), "90", "90", "80", "50", "50");
        assertThat(r.composite()).hasValue(new BigDecimal("73.33"));
        assertThat(r.dropped()).hasSize(2);
    }

    @Test
    void allEqualTotalsStillDropTwo() {
        AggregationResult r = one(program(3, 5, 2, "60"), "70", "70", "70", "70", "70");
        assertThat(r.composite()).hasValue(new BigDecimal("70.00"));
        assertThat(r.dropped()).hasSize(2);
    }

    @Test
    void oneBelowTheTrimThresholdIsThePlainMean() {
        // four totals, trim from five: (90 + 80 + 70 + 60) / 4 = 75.00
        AggregationResult r = one(program(3, 5, 2, "60"), "90", "80", "70", "60");
        assertThat(r.composite()).hasValue(new BigDecimal("75.00"));
        assertThat(r.dropped()).isEmpty();
    }

    @Test
    void withoutATrimThresholdTheMeanIsNeverTrimmed() {
        // (100 + 80 + 80 + 80 + 0) / 5 = 68.00; trimmed it would be 80.00
        assertThat(one(program(3, null, 2, "60"), "100", "80", "80", "80", "0").composite())
                .hasValue(new BigDecimal("68.00"));
        assertThat(one(program(3, 5, 2, "60"), "100", "80", "80", "80", "0").composite())
                .hasValue(new BigDecimal("80.00"));
    }

    @Test
    void aTrimThresholdOfThreeTrimsThree() {
        // 90, 60, 30 → only 60 remains
        assertThat(one(program(3, 3, 2, "60"), "90", "60", "30").composite()).hasValue(new BigDecimal("60.00"));
    }

    @ParameterizedTest(name = "{0} totals with minimum 3 → {1}")
    @CsvSource({"0, INCOMPLETE", "1, INCOMPLETE", "2, INCOMPLETE", "3, SELECTED", "4, SELECTED"})
    void fewerThanTheMinimumIsIncompleteWithoutComposite(int count, String status) {
        String[] totals = new String[count];
        java.util.Arrays.fill(totals, "80");
        AggregationResult r = one(program(3, 5, 2, "60"), totals);
        assertThat(r.status()).isEqualTo(SelectionStatus.valueOf(status));
        assertThat(r.composite().isPresent()).isEqualTo(count >= 3);
        assertThat(r.rank().isPresent()).isEqualTo(count >= 3);
        assertThat(r.totals()).hasSize(count);
    }

    @ParameterizedTest(name = "composite {0} against cutoff 60 → {1}")
    @CsvSource({"60, SELECTED", "59, NOT_SELECTED", "61, SELECTED"})
    void atLeastTheCutoffIsSelected(String total, String status) {
        assertThat(one(program(3, 5, 2, "60"), total, total, total).status()).isEqualTo(SelectionStatus.valueOf(status));
    }

    @Test
    void anIneligibleApplicationIsNeverSelectedNorRankedButItsTotalsAreListed() {
        AggregationResult r = new Aggregation(program(3, 5, 2, "60"))
                .aggregate(List.of(input("A", ScreeningStatus.INELIGIBLE, totals("95", "96", "97")))).get(0);
        assertThat(r.status()).isEqualTo(SelectionStatus.INELIGIBLE);
        assertThat(r.composite()).isEmpty();
        assertThat(r.rank()).isEmpty();
        assertThat(r.totals()).extracting(t -> t.total().toPlainString()).containsExactly("95", "96", "97");
    }

    @Test
    void needsReviewIsAggregatedLikeEligible() {
        AggregationResult r = new Aggregation(program(3, 5, 2, "60"))
                .aggregate(List.of(input("A", ScreeningStatus.NEEDS_REVIEW, totals("80", "80", "80")))).get(0);
        assertThat(r.status()).isEqualTo(SelectionStatus.SELECTED);
        assertThat(r.rank()).hasValue(1);
    }

    @Test
    void aChairsExclusionKeepsTheCompositeButIsNotSelected() {
        AggregationInput excluded = new AggregationInput("A", ScreeningStatus.ELIGIBLE, SUBMITTED,
                totals("90", "90", "90"), Optional.of("지원규모 초과"));
        AggregationResult r = new Aggregation(program(3, 5, 2, "60")).aggregate(List.of(excluded)).get(0);
        assertThat(r.status()).isEqualTo(SelectionStatus.NOT_SELECTED);
        assertThat(r.composite()).hasValue(new BigDecimal("90.00"));
        assertThat(r.exclusionReason()).hasValue("지원규모 초과");
    }

    @ParameterizedTest(name = "spread {0}–{1} → alert {2}")
    @CsvSource({"80, 60, false", "81, 60, true", "60, 60, false"})
    void spreadAboveTheLimitAlerts(String high, String low, boolean alert) {
        assertThat(one(program(3, 5, 2, "60"), high, "70", low).spreadAlert()).isEqualTo(alert);
    }

    private static EvaluatorTotal total(String evaluator, int order, String global, String market, String plan) {
        BigDecimal g = new BigDecimal(global);
        BigDecimal m = new BigDecimal(market);
        BigDecimal p = new BigDecimal(plan);
        return new EvaluatorTotal(evaluator, order, g.add(m).add(p), Map.of("GLOBAL", g, "MARKETABILITY", m,
                "EXPORT_PLAN", p));
    }

    private static AggregationInput app(String receipt, String submittedAt, EvaluatorTotal... totals) {
        return new AggregationInput(receipt, ScreeningStatus.ELIGIBLE, OffsetDateTime.parse(submittedAt),
                List.of(totals), Optional.empty());
    }

    private static Map<String, Integer> ranks(List<AggregationResult> results) {
        Map<String, Integer> ranks = new java.util.TreeMap<>();
        results.forEach(r -> ranks.put(r.receiptNo(), r.rank().orElse(null)));
        return ranks;
    }

    @Test
    void equalCompositesAreRankedByExportPlanThenMarketabilityThenGlobalThenSubmission() {
        String t = "2024-09-03T10:00:00+09:00";
        List<AggregationResult> results = new Aggregation(program(3, 5, 2, "60")).aggregate(List.of(
                // every app totals 80 from each of three evaluators: composite 80.00 for all
                app("A", t, total("E1", 1, "20", "25", "35"), total("E2", 2, "20", "25", "35"), total("E3", 3, "20", "25", "35")),
                app("B", t, total("E1", 1, "20", "24", "36"), total("E2", 2, "20", "24", "36"), total("E3", 3, "20", "24", "36")),
                app("C", t, total("E1", 1, "19", "26", "35"), total("E2", 2, "19", "26", "35"), total("E3", 3, "19", "26", "35")),
                app("D", t, total("E1", 1, "21", "24", "35"), total("E2", 2, "21", "24", "35"), total("E3", 3, "21", "24", "35")),
                app("E", "2024-09-02T09:00:00+09:00", total("E1", 1, "21", "24", "35"),
                        total("E2", 2, "21", "24", "35"), total("E3", 3, "21", "24", "35")),
                app("F", t, total("E1", 1, "21", "24", "35"), total("E2", 2, "21", "24", "35"),
                        total("E3", 3, "21", "24", "35"))));
        // B: EXPORT_PLAN 36 first. C (MARKETABILITY 26) before A (25) before D/E/F (24).
        // Among D, E, F (GLOBAL 21 each) E was submitted earlier; D and F are equal on every key.
        assertThat(ranks(results)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "A", 3, "B", 1, "C", 2, "D", 5, "E", 4, "F", 5)));
    }

    @Test
    void tieBreakMeansAreUnroundedAndOverTheKeptEvaluatorsOnly() {
        String t = "2024-09-03T10:00:00+09:00";
        List<AggregationResult> results = new Aggregation(program(3, 5, 2, "60")).aggregate(List.of(
                // A: 5 evaluators, trimmed: kept E2, E3, E4 totals 80, 80, 80 → composite 80.00;
                // kept EXPORT_PLAN 30, 31, 30 → mean 30.333…
                app("A", t, total("E1", 1, "40", "40", "20"), total("E2", 2, "25", "25", "30"),
                        total("E3", 3, "25", "24", "31"), total("E4", 4, "25", "25", "30"),
                        total("E5", 5, "0", "10", "10")),
                // B: three evaluators 80 each, EXPORT_PLAN 30, 30, 31 → mean 30.333… too; then MARKETABILITY:
                // A kept 25, 24, 25 = 24.666…; B 26, 25, 25 = 25.333… → B first.
                app("B", t, total("E1", 1, "24", "26", "30"), total("E2", 2, "25", "25", "30"),
                        total("E3", 3, "24", "25", "31"))));
        assertThat(ranks(results)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("A", 2, "B", 1)));
    }

    @Test
    void onlyApplicationsWithACompositeAreRankedAndRanksSkipAfterTies() {
        List<AggregationResult> results = new Aggregation(program(3, 5, 2, "60")).aggregate(List.of(
                input("A", ScreeningStatus.ELIGIBLE, totals("70", "70", "70")),
                input("B", ScreeningStatus.ELIGIBLE, totals("70", "70", "70")),
                input("C", ScreeningStatus.ELIGIBLE, totals("50", "50", "50")),
                input("D", ScreeningStatus.ELIGIBLE, totals("90", "90")),
                input("E", ScreeningStatus.INELIGIBLE, totals("99", "99", "99"))));
        assertThat(ranks(results)).containsEntry("A", 1).containsEntry("B", 1).containsEntry("C", 3)
                .containsEntry("D", null).containsEntry("E", null);
        assertThat(results.get(2).status()).isEqualTo(SelectionStatus.NOT_SELECTED);
    }
}
