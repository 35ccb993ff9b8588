package kr.tipa.eval.domain.advisory;

import static kr.tipa.eval.domain.advisory.KrippendorffAlphaTest.PUBLISHED;
import static kr.tipa.eval.domain.advisory.KrippendorffAlphaTest.RECUSAL;
import static kr.tipa.eval.domain.advisory.KrippendorffAlphaTest.ratings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The panel's agreement: alpha, its bootstrap interval and alpha without each evaluator. */
class AgreementTest {

    /**
     * The recusal panel of {@link KrippendorffAlphaTest#RECUSAL} without each evaluator, by hand:
     * <ul>
     * <li>without C1 (E1): u1 (74, 72), u2 (62) not pairable, u3 (78, 85), u4 (55, 52); n = 6;
     * D_o = 2(4 + 49 + 9)/6 = 20.667; Σv = 416, Σv² = 29698, D_e = 2(6·29698 − 416²)/30 = 10264/30 = 342.133;
     * alpha = 0.939595.</li>
     * <li>without C2 (E2): u1 (70, 72), u3 (80, 85), u4 (50, 52); n = 6; D_o = 2(4 + 25 + 4)/6 = 11;
     * Σv = 409, Σv² = 28913, D_e = 2(6·28913 − 409²)/30 = 12394/30 = 413.133; alpha = 0.973374.</li>
     * <li>without C3 (E3): u1 (70, 74), u2 (60, 62), u3 (80, 78), u4 (50, 55); n = 8;
     * D_o = 2(16 + 4 + 4 + 25)/8 = 12.25; Σv = 529, Σv² = 35829, D_e = 2(8·35829 − 529²)/56 = 13582/56 =
     * 242.536; alpha = 0.949492.</li>
     * </ul>
     * E2 agrees least with the others: without them alpha is highest.
     */
    @Test
    void alphaWithoutEachEvaluatorMatchesTheHandComputation() {
        Agreement a = Agreement.measure(ratings(RECUSAL));
        assertThat(a.alpha().orElseThrow()).isCloseTo(0.952920, within(0.0000005));
        assertThat(a.alphaWithout()).containsOnlyKeys("C1", "C2", "C3");
        assertThat(a.alphaWithout().get("C1").orElseThrow()).isCloseTo(0.939595, within(0.0000005));
        assertThat(a.alphaWithout().get("C2").orElseThrow()).isCloseTo(0.973374, within(0.0000005));
        assertThat(a.alphaWithout().get("C3").orElseThrow()).isCloseTo(0.949492, within(0.0000005));
        assertThat(a.pairableUnits()).isEqualTo(4);
        assertThat(a.pairableValues()).isEqualTo(11);
    }

    @Test
    void alphaWithoutFollowsTheOrderAsked() {
        Agreement a = Agreement.measure(ratings(RECUSAL), List.of("C3", "C1"));
        assertThat(a.alphaWithout().keySet()).containsExactly("C3", "C1");
    }

    @Test
    void theBootstrapIntervalIsTheSameRunAfterRun() {
        Agreement first = Agreement.measure(ratings(RECUSAL));
        Agreement second = Agreement.measure(ratings(RECUSAL));
        assertThat(first.interval()).isPresent().isEqualTo(second.interval());
        Agreement.Interval i = first.interval().orElseThrow();
        assertThat(i.lower()).isLessThanOrEqualTo(i.upper());
        assertThat(i.upper()).isLessThanOrEqualTo(1.0);
        assertThat(i.replicates()).isEqualTo(Agreement.REPLICATES);
    }

    @Test
    void anotherSeedDrawsOtherReplicates() {
        Ratings data = ratings(PUBLISHED);
        Agreement.Interval fixed = Agreement.measure(data, List.of(), 1000, Agreement.SEED).interval().orElseThrow();
        Agreement.Interval other = Agreement.measure(data, List.of(), 1000, 7L).interval().orElseThrow();
        assertThat(other).isNotEqualTo(fixed);
    }

    /**
     * u1 (70, 70), u2 (80, 80): alpha 1. A replicate that draws the same unit twice has every value equal
     * and no alpha; it is left out, and each defined replicate is again 1, so the interval is [1, 1] over
     * about half the replicates (each draw is u1 u1, u1 u2, u2 u1 or u2 u2).
     */
    @Test
    void undefinedReplicatesAreLeftOutOfTheInterval() {
        Agreement a = Agreement.measure(ratings(new Number[][] {{70, 70}, {80, 80}}));
        Agreement.Interval i = a.interval().orElseThrow();
        assertThat(i.lower()).isEqualTo(1.0);
        assertThat(i.upper()).isEqualTo(1.0);
        assertThat(i.replicates()).isBetween(400, 600);
    }

    @Test
    void withoutAnAlphaThereIsNoInterval() {
        Agreement a = Agreement.measure(ratings(new Number[][] {{70, null}, {null, 80}}));
        assertThat(a.alpha()).isEmpty();
        assertThat(a.interval()).isEmpty();
        assertThat(a.pairableUnits()).isZero();
        assertThat(a.alphaWithout().get("C1")).isEmpty();
    }

    /** Order statistics 0..4: h = 4 · 0.025 = 0.1 → 0.1; h = 4 · 0.975 = 3.9 → 3.9. */
    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {0, 1, 2, 3, 4};
        assertThat(Agreement.percentile(sorted, 0.025)).isCloseTo(0.1, within(1e-12));
        assertThat(Agreement.percentile(sorted, 0.975)).isCloseTo(3.9, within(1e-12));
        assertThat(Agreement.percentile(new double[] {0.5}, 0.975)).isEqualTo(0.5);
    }
}
