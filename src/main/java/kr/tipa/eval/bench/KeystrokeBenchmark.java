package kr.tipa.eval.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.model.Round;

/**
 * One score keystroke to durable commit: what the form's autosave does for each accepted value, on a
 * round of {@code applications}, measured per call. The baseline is the same database committing one
 * bare audit-free row update, i.e. the floor any durable write pays.
 */
public final class KeystrokeBenchmark {

    private final Path work;
    private final int applications;
    private final int keystrokes;

    public KeystrokeBenchmark(Path work, int applications, int keystrokes) {
        this.work = work;
        this.applications = applications;
        this.keystrokes = keystrokes;
    }

    public void run(BenchReport report) throws Exception {
        Path bundle = work.resolve("keystroke-" + applications + ".tbundle");
        BenchBundles.write(bundle, applications, 1024);
        Path folder = work.resolve("keystroke-db");
        ImportBenchmark.delete(folder);
        try (AppContext context = BenchContexts.encrypted(folder)) {
            context.imports().importBundle(bundle, false, "bench", ReadProgress.NONE);
            Round round = context.rounds().require(null);
            context.evaluators().add("B1", "벤치", "", true);
            context.scoring().acceptPledge(round, "B1", "서약");
            List<Indicator> indicators = round.program().rubric().indicators();
            List<String> receipts = context.rounds().applications(round).stream().map(a -> a.receiptNo()).toList();
            double[] ours = new double[keystrokes];
            for (int i = 0; i < keystrokes + 200; i++) {
                String receipt = receipts.get((i / indicators.size()) % receipts.size());
                Indicator indicator = indicators.get(i % indicators.size());
                long start = System.nanoTime();
                context.scoring().setScore(round, receipt, "B1", indicator.id(), BigDecimal.valueOf(i % 11));
                if (i >= 200) {
                    ours[i - 200] = (System.nanoTime() - start) / 1e6;
                }
            }
            double[] floor = new double[keystrokes];
            for (int i = 0; i < keystrokes + 200; i++) {
                long start = System.nanoTime();
                context.evaluators().update(new kr.tipa.eval.domain.scoring.Evaluator("B1", "벤치" + (i % 7), ""));
                if (i >= 200) {
                    floor[i - 200] = (System.nanoTime() - start) / 1e6;
                }
            }
            report.add(String.format("keystroke → commit p50 (%,d apps)", applications), percentile(ours, 50),
                    percentile(floor, 50), "ms", "");
            report.add(String.format("keystroke → commit p99 (%,d apps)", applications), percentile(ours, 99),
                    percentile(floor, 99), "ms", "p99 ≤ 20 ms");
            report.note(String.format("%,d keystrokes after 200 warm-up; baseline: one bare row update + commit", keystrokes));
        }
        ImportBenchmark.delete(folder);
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
