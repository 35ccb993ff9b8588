package kr.tipa.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.bench.BenchReport;
import kr.tipa.eval.bench.ImportBenchmark;
import kr.tipa.eval.bench.KeystrokeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tipa-eval bench [import|keystroke|results|start|sheets|build|merge …]}: our figures beside their baselines, measured in the same run. */
@Command(name = "bench")
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "WHICH", descriptionKey = "cli.bench.which")
    List<String> which = List.of();

    @Option(names = "--applications", paramLabel = "N", defaultValue = "1000", descriptionKey = "cli.bench.applications")
    int applications;

    @Option(names = "--pdf-mb", paramLabel = "MB", defaultValue = "1", descriptionKey = "cli.bench.pdfMb")
    double pdfMb;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", descriptionKey = "cli.bench.rounds")
    int rounds;

    @Option(names = "--work", paramLabel = "DIR", descriptionKey = "cli.bench.work")
    Path work;

    private final CliEnvironment env;

    BenchCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        var known = java.util.List.of("import", "keystroke", "results", "start", "sheets", "build", "merge");
        for (String name : which) {
            if (!known.contains(name)) {
                throw new CliFailure(ExitCode.USAGE, env.messages().get("cli.bench.unknown", name, String.join(", ", known)));
            }
        }
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("tipa-eval-bench");
        BenchReport report = new BenchReport();
        boolean all = which.isEmpty();
        if (all || which.contains("import")) {
            new ImportBenchmark(folder, applications, (int) (pdfMb * 1024 * 1024), rounds).run(report);
        }
        if (all || which.contains("keystroke")) {
            new KeystrokeBenchmark(folder, applications, 2000).run(report);
        }
        if (all || which.contains("results")) {
            new kr.tipa.eval.bench.ResultsBenchmark(folder, applications, 7, Math.max(rounds, 3)).run(report);
        }
        if (all || which.contains("start")) {
            new kr.tipa.eval.bench.StartBenchmark(folder, applications, Math.max(rounds, 3)).run(report);
        }
        if (all || which.contains("sheets")) {
            new kr.tipa.eval.bench.SheetSigningBenchmark(folder, 100, rounds).run(report);
        }
        if (all || which.contains("build")) {
            new kr.tipa.eval.bench.BuildBenchmark(folder, applications, (int) (pdfMb * 1024 * 1024), rounds)
                    .run(report);
        }
        if (all || which.contains("merge")) {
            // 10 panels sharing the applications, 7 members each: the agency's merge beside one laptop's aggregation
            new kr.tipa.eval.bench.MergeBenchmark(folder, 10, Math.max(1, applications / 10), 7, Math.max(rounds, 3))
                    .run(report);
        }
        env.out().println(env.messages().get("cli.bench.machine", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), System.getProperty("os.name")));
        report.print(env.out());
        return ExitCode.OK;
    }
}
