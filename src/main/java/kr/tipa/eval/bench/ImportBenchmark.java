package kr.tipa.eval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.DocumentStaging;
import kr.tipa.eval.bundle.ReadProgress;

/**
 * Import of N applications with a PDF each, against merely reading, checksumming and parsing the same
 * ZIP (the reader with nothing kept): the difference is what storing costs.
 */
public final class ImportBenchmark {

    private final Path work;
    private final int applications;
    private final int pdfBytes;
    private final int rounds;

    public ImportBenchmark(Path work, int applications, int pdfBytes, int rounds) {
        this.work = work;
        this.applications = applications;
        this.pdfBytes = pdfBytes;
        this.rounds = rounds;
    }

    public void run(BenchReport report) throws Exception {
        Path bundle = work.resolve("bench-" + applications + ".tbundle");
        long generateStart = System.nanoTime();
        if (!Files.exists(bundle)) {
            BenchBundles.write(bundle, applications, pdfBytes);
        }
        double generated = seconds(generateStart);
        baseline(bundle);
        double[] baseline = new double[rounds];
        double[] staged = new double[rounds];
        double[] ours = new double[rounds];
        long peak = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            baseline(bundle);
            baseline[i] = seconds(start);
            Path stagingFolder = work.resolve("stage-" + i);
            start = System.nanoTime();
            try (var staging = new kr.tipa.eval.storage.files.FileDocumentStore(stagingFolder).beginStaging()) {
                new BundleReader().read(bundle, staging, ReadProgress.NONE);
            }
            staged[i] = seconds(start);
            delete(stagingFolder);
            Path folder = work.resolve("import-" + i);
            HeapSampler.reset();
            start = System.nanoTime();
            try (AppContext context = BenchContexts.encrypted(folder)) {
                context.imports().importBundle(bundle, false, "bench", ReadProgress.NONE);
            }
            ours[i] = seconds(start);
            peak = Math.max(peak, HeapSampler.peakBytes());
            delete(folder);
        }
        String name = String.format("import %,d apps × %.1f MB PDF", applications, pdfBytes / 1048576.0);
        report.add(name, BenchReport.median(ours), BenchReport.median(baseline), "s", "≤ 1.5×");
        report.add("  of which reading + staging documents", BenchReport.median(staged), BenchReport.median(baseline),
                "s", "");
        report.add("  peak heap during import", peak / 1048576.0, Double.NaN, "MB",
                String.format("-Xmx %d MB", Runtime.getRuntime().maxMemory() / 1048576));
        report.note(String.format("bundle %.0f MB generated in %.1f s; median of %d runs", Files.size(bundle) / 1048576.0,
                generated, rounds));
    }

    private static void baseline(Path bundle) throws Exception {
        new BundleReader().read(bundle, DocumentStaging.DISCARD, ReadProgress.NONE);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
