package kr.tipa.eval.domain.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Krippendorff's alpha against his published worked example and against computations written out by hand.
 */
class KrippendorffAlphaTest {

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the example "C. Nominal data, any
     * number of observers, missing data" (also Content Analysis, 2004, p. 230): observers A–D, units 1–12,
     * the categories coded 1–5, {@code null} where an observer gave no value. Unit 12 has one value only.
     */
    static final Integer[][] PUBLISHED = {
        // A     B     C     D
        {1, 1, null, 1},
        {2, 2, 3, 2},
        {3, 3, 3, 3},
        {3, 3, 3, 3},
        {2, 2, 2, 2},
        {1, 2, 3, 4},
        {4, 4, 4, 4},
        {1, 1, 2, 1},
        {2, 2, 2, 2},
        {null, 5, 5, 5},
        {null, null, 1, 1},
        {null, null, 3, null},
    };

    static Ratings ratings(Number[][] rows) {
        List<Ratings.Unit> units = new ArrayList<>();
        for (int u = 0; u < rows.length; u++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = 0; c < rows[u].length; c++) {
                if (rows[u][c] != null) {
                    values.put("C" + (c + 1), rows[u][c].doubleValue());
                }
            }
            units.add(new Ratings.Unit("u" + (u + 1), values));
        }
        return new Ratings(units);
    }

    /** The published values: nominal .743, ordinal .815, interval .849, ratio .797. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"NOMINAL, 0.743", "ORDINAL, 0.815", "INTERVAL, 0.849", "RATIO, 0.797"})
    void thePublishedExampleToThreeDecimals(Metric metric, double published) {
        double alpha = KrippendorffAlpha.of(ratings(PUBLISHED), metric).orElseThrow();
        assertThat(Math.round(alpha * 1000) / 1000.0).isEqualTo(published);
    }

    /**
     * Three evaluators, four applications; E3 recused on the second.
     *
     * <pre>
     *       E1  E2  E3
     * u1    70  74  72
     * u2    60  62   –
     * u3    80  78  85
     * u4    50  55  52
     * </pre>
     * n = 11 pairable values. D_o = (1/n) Σ_u (1/(m_u − 1)) Σ_{i≠j} (v_i − v_j)² over ordered pairs:
     * u1 2·(16 + 4 + 4)/2 = 24; u2 2·4/1 = 8; u3 2·(4 + 25 + 49)/2 = 78; u4 2·(25 + 4 + 9)/2 = 38;
     * D_o = 148/11 = 13.4545.
     * D_e = Σ_{i≠j} (v_i − v_j)² / (n(n − 1)) over all 11 values = 2(n Σv² − (Σv)²) / (n(n − 1)):
     * Σv = 738, Σv² = 50942, 11·50942 − 738² = 560362 − 544644 = 15718, D_e = 31436/110 = 285.7818.
     * alpha = 1 − 13.4545/285.7818 = 0.952920.
     */
    static final Number[][] RECUSAL = {
        {70, 74, 72},
        {60, 62, null},
        {80, 78, 85},
        {50, 55, 52},
    };

    @Test
    void aRecusalIsAMissingValueAndTheRestStillCount() {
        assertThat(KrippendorffAlpha.of(ratings(RECUSAL), Metric.INTERVAL).orElseThrow()).isCloseTo(0.952920,
                within(0.0000005));
    }

    @Test
    void aUnitWithASingleValueIsNotPairableAndChangesNothing() {
        Number[][] withLoneValue = {RECUSAL[0], RECUSAL[1], RECUSAL[2], RECUSAL[3], {99, null, null}};
        assertThat(KrippendorffAlpha.of(ratings(withLoneValue), Metric.INTERVAL).orElseThrow()).isCloseTo(0.952920,
                within(0.0000005));
    }

    @Test
    void perfectAgreementIsOne() {
        Number[][] same = {{70, 70, 70}, {60, null, 60}, {85, 85, 85}};
        assertThat(KrippendorffAlpha.of(ratings(same), Metric.INTERVAL).orElseThrow()).isEqualTo(1.0);
    }

    @Test
    void everyValueEqualLeavesAlphaUndefined() {
        Number[][] flat = {{70, 70}, {70, 70, 70}};
        assertThat(KrippendorffAlpha.of(ratings(flat), Metric.INTERVAL)).isEmpty();
    }

    @Test
    void withoutAPairableUnitAlphaIsUndefined() {
        Number[][] lone = {{70, null}, {null, 80}};
        assertThat(KrippendorffAlpha.of(ratings(lone), Metric.INTERVAL)).isEmpty();
        assertThat(KrippendorffAlpha.of(new Ratings(List.of()), Metric.INTERVAL)).isEmpty();
    }

    /**
     * Two units, two coders who disagree systematically in opposite directions: u1 (10, 20), u2 (20, 10).
     * n = 4; D_o = (2·100 + 2·100)/4 = 100; values 10, 20, 20, 10: D_e = 2(4·1000 − 60²)/12 = 800/12 = 66.67;
     * alpha = 1 − 100/66.67 = −0.5: worse than chance.
     */
    @Test
    void systematicDisagreementIsBelowZero() {
        Number[][] opposite = {{10, 20}, {20, 10}};
        assertThat(KrippendorffAlpha.of(ratings(opposite), Metric.INTERVAL).orElseThrow()).isCloseTo(-0.5,
                within(1e-12));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedNamingUnitAndCoder() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("E1", Double.NaN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Ratings.Unit("2024-EXP-0001", values))
                .hasMessageContaining("2024-EXP-0001").hasMessageContaining("E1");
    }
}
