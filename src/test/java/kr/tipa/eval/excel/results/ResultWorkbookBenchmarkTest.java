package kr.tipa.eval.excel.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kr.tipa.eval.bench.HeapSampler;
import kr.tipa.eval.i18n.Messages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the result workbook of 1,000 applications × 7 evaluators takes and how much heap it needs.
 * Measured, never asserted: timings depend on the machine. Off by default; run with
 * {@code TIPA_EVAL_LOG_LEVEL=INFO mvn test -Dtest=ResultWorkbookBenchmarkTest -Dtipa.bench=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "tipa.bench", matches = "true")
class ResultWorkbookBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(ResultWorkbookBenchmarkTest.class);
    private static final int ROUNDS = 7;

    @TempDir
    Path dir;

    @Test
    void aThousandApplicationsBySevenEvaluators() throws Exception {
        ResultWorkbookInput input = SyntheticRound.input(1000, 7);
        ResultWorkbookWriter writer = new ResultWorkbookWriter(Messages.korean());
        // Warm-up: class loading and JIT would otherwise dominate the first round.
        for (int i = 0; i < 3; i++) {
            writer.write(input, dir.resolve("warm.xlsx"));
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] millis = new long[ROUNDS];
        // CPU time of the writing thread too: on a shared machine the wall clock measures the neighbours.
        long[] cpu = new long[ROUNDS];
        long allocated = 0;
        long live = HeapSampler.liveBytes();
        HeapSampler.reset();
        for (int i = 0; i < ROUNDS; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            writer.write(input, dir.resolve("round.xlsx"));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        }
        long peak = HeapSampler.peakBytes();
        Arrays.sort(millis);
        Arrays.sort(cpu);
        long size = Files.size(dir.resolve("round.xlsx"));
        assertThat(size).isPositive();
        LOG.info("1,000 applications x 7 evaluators ({} KB): median {} ms (min {}, max {}), CPU median {} ms; "
                + "allocated {} MB per write; heap live before {} MB, peak during writes {} MB (-Xmx {} MB)",
                size / 1024, millis[ROUNDS / 2], millis[0], millis[ROUNDS - 1], cpu[ROUNDS / 2], allocated >> 20,
                live >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
