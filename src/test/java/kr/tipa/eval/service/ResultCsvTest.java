package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.model.ResultTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The result CSV's bytes, typed here as RFC 4180 and cli.md describe them. */
class ResultCsvTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "수출기업 1|수출기업 1",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=HYPERLINK(1)|=HYPERLINK(1)",
        "' lead'|' lead'"
    })
    void aFieldIsQuotedExactlyWhenItHoldsACommaOrAQuote(String value, String written) {
        assertThat(ResultCsv.field(value)).isEqualTo(written);
    }

    @Test
    void lineBreaksInsideAFieldAreQuotedAndKept() {
        assertThat(ResultCsv.field("둘째\r\n줄")).isEqualTo("\"둘째\r\n줄\"");
        assertThat(ResultCsv.field("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void anEmptyTableIsTheBomAndTheHeaderWithItsCrlf() {
        byte[] bytes = ResultCsv.bytes(new ResultTable(List.of()));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFreceiptNo,panel,company,screening,"
                + "composite,status,rank,P1_GROUP_INSURANCE,P2_SHORT_TERM_INSURANCE_DISCOUNT,P3_EXPORT_CONSULTING,"
                + "P4_BUYER_CREDIT_CHECK,P5_PRE_SHIPMENT_GUARANTEE,P6_POST_SHIPMENT_GUARANTEE,evaluators\r\n");
    }

    @Test
    void aRowKeepsTheCompositesScaleAndLeavesWhatIsMissingEmpty() {
        ResultTable table = new ResultTable(List.of(
                new ResultTable.Row("2024-EXP-0001", "", "가, 나", "ELIGIBLE", Optional.of(new BigDecimal("80.00")),
                        "SELECTED", Optional.of(1), List.of("NOT_APPLICABLE", "GRANTED", "GRANTED", "GRANTED", "GRANTED",
                                "GRANTED"), 5),
                new ResultTable.Row("2024-EXP-0002", "", "다", "ELIGIBLE", Optional.empty(), "INCOMPLETE",
                        Optional.empty(), List.of("", "", "", "", "", ""), 2)));
        String text = new String(ResultCsv.bytes(table), StandardCharsets.UTF_8);
        assertThat(text.substring(text.indexOf("\r\n") + 2)).isEqualTo(
                "2024-EXP-0001,,\"가, 나\",ELIGIBLE,80.00,SELECTED,1,NOT_APPLICABLE,GRANTED,GRANTED,GRANTED,GRANTED,"
                        + "GRANTED,5\r\n"
                        + "2024-EXP-0002,,다,ELIGIBLE,,INCOMPLETE,,,,,,,,2\r\n");
    }

    @Test
    void thePackageColumnsAreTheProgrammesPackagesInTheirOrder() {
        List<String> packages = ResultTable.HEADER.subList(ResultTable.FIRST_PACKAGE, ResultTable.FIRST_PACKAGE + 6);
        assertThat(packages).containsExactlyElementsOf(Arrays.stream(SupportPackage.values()).map(Enum::name).toList());
    }
}
