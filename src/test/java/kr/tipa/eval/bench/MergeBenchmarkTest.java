package kr.tipa.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench merge} runs end to end at a small size (its figures are the command's, never asserted here). */
class MergeBenchmarkTest {

    @TempDir
    Path work;

    @Test
    void aSmallMergeRunsAndReportsItselfBesideTheSingleLaptop() throws Exception {
        BenchReport report = new BenchReport();

        new MergeBenchmark(work, 2, 3, 3, 1).run(report);

        assertThat(report.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("merge 2 panels × 3 × 3");
            assertThat(line.ours()).isPositive();
            assertThat(line.baseline()).isPositive();
        });
    }
}
