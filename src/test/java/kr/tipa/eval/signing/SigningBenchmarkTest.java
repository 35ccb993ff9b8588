package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long signing and verifying a busy round's workbook takes (100 sheets of 30 rows). Measured, never
 * asserted: timings depend on the machine. Off by default; run with
 * {@code TIPA_EVAL_LOG_LEVEL=INFO mvn test -Dtest=SigningBenchmarkTest -Dtipa.bench=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "tipa.bench", matches = "true")
class SigningBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(SigningBenchmarkTest.class);
    private static final int SHEETS = 100;
    private static final int ROWS = 30;
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void signAndVerifyAHundredSheets() throws Exception {
        Path unsigned = TestWorkbooks.large(folder, "round.xlsx", SHEETS, ROWS);
        SigningIdentity identity = TestIdentities.evaluator();
        WorkbookSigner signer = new WorkbookSigner();
        WorkbookVerifier verifier = new WorkbookVerifier();
        // Warm-up: class loading and JIT would otherwise dominate the first round.
        signer.sign(unsigned, folder.resolve("warm.xlsx"), identity);
        verifier.verify(folder.resolve("warm.xlsx"));

        long[] sign = new long[ROUNDS];
        long[] verify = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            Path target = folder.resolve("signed-" + i + ".xlsx");
            long start = System.nanoTime();
            signer.sign(unsigned, target, identity);
            sign[i] = System.nanoTime() - start;
            start = System.nanoTime();
            VerificationResult result = verifier.verify(target);
            verify[i] = System.nanoTime() - start;
            assertThat(result.valid()).isTrue();
        }
        java.util.Arrays.sort(sign);
        java.util.Arrays.sort(verify);
        LOG.info("{} sheets x {} rows, {} KB: sign median {} ms (includes its own verification), verify median {} ms",
                SHEETS, ROWS, Files.size(folder.resolve("signed-0.xlsx")) / 1024, sign[ROUNDS / 2] / 1_000_000,
                verify[ROUNDS / 2] / 1_000_000);
    }
}
