package kr.tipa.eval.excel.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tipa.eval.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round of 1,000 applications × 7 evaluators is written whole: 7,000 rows of scores, 7,000 audit rows.
 * The time is logged (TIPA_EVAL_LOG_LEVEL=INFO shows it), never asserted; ResultWorkbookBenchmarkTest
 * measures it properly.
 */
class LargeRoundTest {

    private static final Logger LOG = LoggerFactory.getLogger(LargeRoundTest.class);
    private static final Pattern ROW = Pattern.compile("<row ");

    @TempDir
    Path dir;

    @Test
    void aThousandApplicationsBySevenEvaluatorsAreWrittenWhole() throws Exception {
        ResultWorkbookInput input = SyntheticRound.input(1000, 7);
        Path target = dir.resolve("large.xlsx");
        long start = System.nanoTime();
        new ResultWorkbookWriter(Messages.korean()).write(input, target);
        LOG.info("1,000 × 7 result workbook: {} ms, {} KB", (System.nanoTime() - start) / 1_000_000,
                java.nio.file.Files.size(target) / 1024);
        Map<String, String> parts = ReadBack.parts(target);
        // title block (5 rows) + header rows + data rows
        assertThat(rows(parts.get("xl/worksheets/sheet1.xml"))).isEqualTo(5 + 1 + 1000);
        assertThat(rows(parts.get("xl/worksheets/sheet2.xml"))).isEqualTo(5 + 2 + 7000);
        assertThat(rows(parts.get("xl/worksheets/sheet3.xml"))).isEqualTo(5 + 1 + 1000);
        assertThat(rows(parts.get("xl/worksheets/sheet5.xml"))).isEqualTo(5 + 1 + 7000);
    }

    private static int rows(String xml) {
        Matcher m = ROW.matcher(xml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
