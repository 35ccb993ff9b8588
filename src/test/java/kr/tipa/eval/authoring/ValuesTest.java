package kr.tipa.eval.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cell values as people type them, on both sides of each rule of round-authoring.md §1. */
class ValuesTest {

    private static Grid.Cell text(String text) {
        return Grid.Cell.text(text);
    }

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "True,true", "Y,true", "y,true", "예,true", "O,true", "o,true",
        "false,false", "FALSE,false", "N,false", "n,false", "아니오,false", "X,false", "x,false", "' 예 ',true"})
    void booleansInTheFormsOfficesUse(String typed, boolean expected) {
        assertThat(Values.bool(text(typed))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "1", "0", "네", "아니요", "T", "F", "", "Y/N"})
    void otherWordsAreNotBooleans(String typed) {
        assertThat(Values.bool(text(typed))).isEmpty();
    }

    @Test
    void aWorkbooksBooleanCellIsItsValue() {
        assertThat(Values.bool(new Grid.Cell("FALSE", null, Boolean.FALSE))).contains(false);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-09-03T16:20:11+09:00, 2024-09-03T16:20:11+09:00",
        "2024-09-03T16:20:11, 2024-09-03T16:20:11+09:00",
        "2024-09-03 16:20:11, 2024-09-03T16:20:11+09:00",
        "2024-09-03 16:20, 2024-09-03T16:20:00+09:00",
        "2024-09-03T07:20:11Z, 2024-09-03T07:20:11Z",
        "2024-09-03T16:20:11+00:00, 2024-09-03T16:20:11Z"})
    void timesWithAnOffsetKeepItAndTimesWithoutOneAreKoreaTime(String typed, String expected) {
        assertThat(Values.dateTime(text(typed))).contains(OffsetDateTime.parse(expected));
    }

    @Test
    void theDeadlineTypedWithoutAnOffsetIsTheDeadlineAndOneSecondLaterIsLater() {
        OffsetDateTime deadline = OffsetDateTime.parse("2024-09-04T14:00:00+09:00");
        assertThat(Values.dateTime(text("2024-09-04 14:00:00")).orElseThrow().isEqual(deadline)).isTrue();
        assertThat(Values.dateTime(text("2024-09-04 14:00:01")).orElseThrow().isAfter(deadline)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-09-03", "2024-09-31T10:00:00", "2024/09/03 16:20:11", "03.09.2024 16:20",
        "2024-09-03T25:00:00", "오후 4:20", ""})
    void otherTimesAreNotRead(String typed) {
        assertThat(Values.dateTime(text(typed))).isEmpty();
    }

    @Test
    void aWorkbooksDateCellIsKoreaTime() {
        Grid.Cell cell = new Grid.Cell("", LocalDateTime.parse("2024-09-03T16:20:11"), null);
        assertThat(Values.dateTime(cell)).contains(OffsetDateTime.parse("2024-09-03T16:20:11+09:00"));
        assertThat(Values.date(cell)).contains(LocalDate.parse("2024-09-03"));
    }

    @ParameterizedTest
    @CsvSource({"2012-03-15,2012-03-15", "' 2024-02-29 ',2024-02-29"})
    void isoDates(String typed, String expected) {
        assertThat(Values.date(text(typed))).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2012.03.15", "2012-3-15", "20120315", "2012-03-15T00:00"})
    void otherDatesAreNotRead(String typed) {
        assertThat(Values.date(text(typed))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1250000,1250000", "'1,250,000',1250000", "'999',999", "'1,000',1000",
        "9223372036854775807,9223372036854775807"})
    void amountsWithOrWithoutThousandsSeparators(String typed, long expected) {
        assertThat(Values.amount(text(typed))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1250000.5", "1,25,000", "1,2500", ",250", "1 250 000", "US$1,250", "",
        "9223372036854775808", "1.25E6"})
    void otherAmountsAreNotRead(String typed) {
        assertThat(Values.amount(text(typed))).isEmpty();
    }

    @Test
    void listsAreSplitAtSemicolonsWithoutBlanks() {
        assertThat(Values.list(" VN; TH;;")).containsExactly("VN", "TH");
        assertThat(Values.list("")).isEmpty();
        assertThat(Values.list("VN,TH")).containsExactly("VN,TH");
    }

    @Test
    void codesAreMatchedInAnyCase() {
        assertThat(Values.codeName("lead", kr.tipa.eval.domain.application.RndRole.class)).contains("LEAD");
        assertThat(Values.codeName("주관", kr.tipa.eval.domain.application.RndRole.class)).isEqualTo(Optional.empty());
        assertThat(List.of(Values.format(OffsetDateTime.parse("2024-09-03T16:20:00+09:00"))))
                .containsExactly("2024-09-03T16:20:00+09:00");
    }
}
