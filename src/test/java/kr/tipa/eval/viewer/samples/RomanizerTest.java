package kr.tipa.eval.viewer.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "한국|hanguk",
        "참가계획서|chamgagyehoekseo",
        "수출 120만 달러|suchul 120man dalreo",
        "‘인용’ ①|'inyong' (1)",
        "漢字|??",
    })
    void hangulBecomesLatinSyllableBySyllable(String korean, String latin) {
        assertThat(Romanizer.romanize(korean)).isEqualTo(latin);
    }
}
