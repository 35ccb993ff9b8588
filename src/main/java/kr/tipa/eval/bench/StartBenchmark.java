package kr.tipa.eval.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;

/**
 * Cold start to a usable window against a hello-world JavaFX window on the same JVM and class path,
 * each in fresh processes, alternating; and the heap the window holds with N applications open.
 * Needs a display (run under {@code xvfb-run} on a machine without one).
 */
public final class StartBenchmark {

    private final Path work;
    private final int applications;
    private final int rounds;

    public StartBenchmark(Path work, int applications, int rounds) {
        this.work = work;
        this.applications = applications;
        this.rounds = rounds;
    }

    public void run(BenchReport report) throws Exception {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).matches("(windows|mac).*")) {
            report.note("start: skipped — no display (run: xvfb-run -a bin/tipa-eval bench start)");
            return;
        }
        Path folder = work.resolve("start-db");
        ImportBenchmark.delete(folder);
        // An archive left by another build of the application is not used, and not always made again: each
        // run makes its own in the warm-up starts below.
        for (String mode : List.of("hello", "prompt", "app", "unlock")) {
            java.nio.file.Files.deleteIfExists(work.resolve("probe-" + mode + ".jsa"));
        }
        Path bundle = work.resolve("start-" + applications + ".tbundle");
        BenchBundles.write(bundle, applications, 2048);
        try (AppContext context = BenchContexts.encrypted(folder)) {
            context.imports().importBundle(bundle, false, "bench", ReadProgress.NONE);
            context.evaluators().add("B1", "벤치", "", true);
            context.keys().create("B1", "벤치", "");
            context.scoring().acceptPledge(context.rounds().require(null), "B1", "서약");
        }
        double[] app = new double[rounds];
        double[] prompt = new double[rounds];
        double[] hello = new double[rounds];
        double[] unlocked = new double[rounds];
        double[] pbkdf2 = new double[rounds];
        long heap = 0;
        long peak = 0;
        probe("hello", folder);
        probe("prompt", folder);
        probe("app", folder);
        probe("unlock", folder);
        for (int i = 0; i < rounds; i++) {
            hello[i] = probe("hello", folder)[0];
            prompt[i] = probe("prompt", folder)[0];
            long[] measured = probe("app", folder);
            app[i] = measured[0];
            heap = Math.max(heap, measured[1]);
            peak = Math.max(peak, measured[2]);
            long[] unlock = probe("unlock", folder);
            unlocked[i] = unlock[3] - unlock[4];
            pbkdf2[i] = unlock[4];
            peak = Math.max(peak, unlock[2]);
        }
        report.add("cold start to the password prompt", BenchReport.median(prompt), BenchReport.median(hello), "ms",
                "≤ 1.5×");
        report.add("cold start to the workspace (password given)", BenchReport.median(app), BenchReport.median(hello),
                "ms", "≤ 1.5×");
        report.add(String.format("unlock → workspace usable, %,d apps, beyond PBKDF2", applications),
                BenchReport.median(unlocked), Double.NaN, "ms", "≤ 800 ms");
        report.add("  PBKDF2 in that unlock (310,000 iterations)", BenchReport.median(pbkdf2), Double.NaN, "ms",
                "kept as strong");
        report.add(String.format("  heap with %,d applications open", applications), heap / 1048576.0, Double.NaN,
                "MB", "after a full GC");
        report.add("  peak heap of a start", peak / 1048576.0, Double.NaN, "MB", "≤ 256 MB");
        report.note(String.format("start: median of %d fresh JVMs each, after one warm-up of each (file cache); usable ="
                + " list drawn with the first application selected, its plan and scoring form shown, focus in the"
                + " workspace; the unlock is timed from the password typed and the button pressed", rounds));
        if (System.getenv("TIPA_BENCH_KEEP") == null) {
            ImportBenchmark.delete(folder);
        }
    }

    private long[] probe(String mode, Path folder) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        String extra = System.getenv("TIPA_BENCH_PROBE_OPTS");
        if (extra != null && !extra.isBlank() && (mode.equals("app") || mode.equals("unlock"))) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        // The same class-data sharing as the launcher, for both: what a second start of either looks like.
        command.addAll(List.of("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + work.resolve("probe-" + mode + ".jsa"), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        command.addAll(List.of("-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "kr.tipa.eval.ui.StartProbe", mode, folder.toString(),
                BenchContexts.PASSWORD));

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long usable = -1;
        long heap = -1;
        long peak = -1;
        long unlockToUsable = -1;
        long pbkdf2 = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("USABLE_MS ")) {
                    usable = Long.parseLong(line.substring(10).strip());
                } else if (line.startsWith("HEAP_BYTES ")) {
                    heap = Long.parseLong(line.substring(11).strip());
                } else if (line.startsWith("PEAK_HEAP_BYTES ")) {
                    peak = Long.parseLong(line.substring(16).strip());
                } else if (line.startsWith("UNLOCK_TO_USABLE_MS ")) {
                    unlockToUsable = Long.parseLong(line.substring(20).strip());
                } else if (line.startsWith("PBKDF2_MS ")) {
                    pbkdf2 = Long.parseLong(line.substring(10).strip());
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || usable < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("start probe " + mode + " did not report");
        }
        return new long[] {usable, heap, peak, unlockToUsable, pbkdf2};
    }
}
