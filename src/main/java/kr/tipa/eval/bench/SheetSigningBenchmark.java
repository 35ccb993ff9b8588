package kr.tipa.eval.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.SheetImportService;

/**
 * An evaluator's signed workbook of N submitted sheets: export (write + sign) and verify, beside the
 * baseline of writing the same workbook unsigned.
 */
public final class SheetSigningBenchmark {

    private final Path work;
    private final int applications;
    private final int rounds;

    public SheetSigningBenchmark(Path work, int applications, int rounds) {
        this.work = work;
        this.applications = applications;
        this.rounds = rounds;
    }

    public void run(BenchReport report) throws Exception {
        Path bundle = work.resolve("sheets-" + applications + ".tbundle");
        BenchBundles.write(bundle, applications, 1024);
        Path folder = work.resolve("sheets-db");
        ImportBenchmark.delete(folder);
        try (AppContext context = BenchContexts.encrypted(folder)) {
            context.imports().importBundle(bundle, false, "bench", ReadProgress.NONE);
            Round round = context.rounds().require(null);
            context.evaluators().add("B1", "벤치 평가위원", "벤치", true);
            context.scoring().acceptPledge(round, "B1", "서약");
            context.keys().create("B1", "벤치 평가위원", "벤치");
            List<Indicator> indicators = round.program().rubric().indicators();
            for (var application : context.rounds().applications(round)) {
                for (Indicator indicator : indicators) {
                    context.scoring().setScore(round, application.receiptNo(), "B1", indicator.id(), BigDecimal.valueOf(7));
                }
                context.scoring().submit(round, application.receiptNo(), "B1");
            }
            double[] export = new double[rounds];
            double[] verify = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                Path file = work.resolve("sheets-" + i + ".xlsx");
                long start = System.nanoTime();
                context.sheetExports().export(round, "B1", file);
                export[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                if (!SheetImportService.verify(file).valid()) {
                    throw new IllegalStateException("benchmark workbook does not verify");
                }
                verify[i] = (System.nanoTime() - start) / 1e6;
                Files.deleteIfExists(file);
            }
            report.add(String.format("sheet export + sign (%d sheets)", applications), BenchReport.median(export),
                    Double.NaN, "ms", "");
            report.add(String.format("sheet verify (%d sheets)", applications), BenchReport.median(verify),
                    Double.NaN, "ms", "");
            report.note(String.format("median of %d; export includes writing the workbook and re-verifying it", rounds));
        }
        ImportBenchmark.delete(folder);
    }
}
