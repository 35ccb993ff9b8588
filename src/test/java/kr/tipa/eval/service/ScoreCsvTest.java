package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.tipa.eval.i18n.Localizable;
import org.junit.jupiter.api.Test;

class ScoreCsvTest {

    private static List<ScoreCsv.Row> read(String text) throws Exception {
        return ScoreCsv.read("scores.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> refusal(String text) {
        return catchThrowableOfType(RefusedException.class, () -> read(text)).reasons().stream()
                .map(Localizable::key).toList();
    }

    @Test
    void readsRowsWithQuotedCommentsAndABom() throws Exception {
        List<ScoreCsv.Row> rows = read("\uFEFFreceiptNo,indicatorId,score,comment\r\n"
                + "2024-EXP-0001,GLOBAL_1,8,\"시장, 분석 \"\"우수\"\"\"\r\n"
                + "2024-EXP-0001,GLOBAL_2,7.5,\r\n\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).comment()).isEqualTo("시장, 분석 \"우수\"");
        assertThat(rows.get(1).score()).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void theCommentColumnIsOptional() throws Exception {
        assertThat(read("receiptNo,indicatorId,score\n2024-EXP-0001,GLOBAL_1,8\n")).hasSize(1);
    }

    @Test
    void aWrongHeaderIsRefused() {
        assertThat(refusal("receipt,indicator,points\nA,B,1\n")).containsExactly("scores.csv.header");
    }

    @Test
    void everyBadLineIsReported() {
        assertThat(refusal("receiptNo,indicatorId,score\nA,GLOBAL_1,eight\n,GLOBAL_1,1\nA,GLOBAL_1\n"))
                .containsExactly("scores.csv.number", "scores.csv.blank", "scores.csv.fields");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal("")).containsExactly("scores.csv.empty");
        assertThat(refusal("receiptNo,indicatorId,score\n")).containsExactly("scores.csv.empty");
    }

    @Test
    void nonUtf8IsRefused() {
        byte[] cp949 = "receiptNo,indicatorId,score,comment\nA,G,1,시장\n".getBytes(java.nio.charset.Charset.forName("x-windows-949"));
        assertThat(catchThrowableOfType(RefusedException.class, () -> ScoreCsv.read("s.csv",
                new ByteArrayInputStream(cp949))).reasons().get(0).key()).isEqualTo("scores.csv.encoding");
    }
}
