package kr.tipa.eval.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessRegistrationNumberTest {

    /**
     * Check digits worked by hand from the spec's formula, e.g. 124-81-00998:
     * 1+6+28+8+3+0+0+27+45 = 118, ⌊9·5/10⌋ = 4 → 122 → (10−2) mod 10 = 8 = d10 → valid.
     * 101-81-00015: 1+0+7+8+3+0+0+0+5 = 24, ⌊1·5/10⌋ = 0 → 24 → 6 ≠ 5 → invalid.
     */
    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "220-81-62517, true",
        "220-81-62516, false",
        "124-81-00998, true",
        "124-81-00993, false",
        "101-81-00015, false",
        "101-81-00016, true",
        "000-00-00000, true",
        "000-00-00001, false"})
    void checkDigitFollowsTheSpecFormula(String number, boolean valid) {
        assertThat(BusinessRegistrationNumber.hasValidCheckDigit(number)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "''{0}'' well-formed={1}")
    @CsvSource({
        "220-81-62517, true",
        "2208162517, false",
        "220-8162517, false",
        "220-81-6251, false",
        "22a-81-62517, false",
        "' 220-81-62517', false"})
    void onlyTheDashedTenDigitFormIsWellFormed(String number, boolean wellFormed) {
        assertThat(BusinessRegistrationNumber.isWellFormed(number)).isEqualTo(wellFormed);
        if (!wellFormed) {
            assertThat(BusinessRegistrationNumber.hasValidCheckDigit(number)).isFalse();
        }
    }
}
