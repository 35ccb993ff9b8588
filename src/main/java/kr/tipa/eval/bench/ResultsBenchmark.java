package kr.tipa.eval.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.bundle.ApplicationParser;
import kr.tipa.eval.bundle.BuiltInRubrics;
import kr.tipa.eval.domain.aggregation.Aggregation;
import kr.tipa.eval.domain.aggregation.AggregationInput;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.packages.SupportPackages;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.program.TieBreakKey;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.SheetState;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningResult;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.excel.results.ResultWorkbookInput;
import kr.tipa.eval.excel.results.ResultWorkbookWriter;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.signing.IdentityService;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.signing.WorkbookSigner;

/**
 * Aggregation plus the result workbook for N applications × E evaluators, from submitted sheets held in
 * memory (the database is measured elsewhere), against a fair baseline measured in the same run: plain
 * POI streaming (SXSSF) writing the same cells with the same styles, layout, print set-up and charts
 * ({@link ReplicaWorkbook}); the signature (and its check before hand-out) is measured alone.
 */
public final class ResultsBenchmark {

    private static final Instant NOW = Instant.parse("2024-09-20T05:00:00Z");

    private final Path work;
    private final int applications;
    private final int evaluators;
    private final int rounds;

    public ResultsBenchmark(Path work, int applications, int evaluators, int rounds) {
        this.work = work;
        this.applications = applications;
        this.evaluators = evaluators;
        this.rounds = rounds;
    }

    public void run(BenchReport report) throws Exception {
        Program program = new Program("BENCH-EXPORT-2024", "벤치마크 회차", "중소기업기술정보진흥원", "한국무역보험공사",
                java.time.OffsetDateTime.parse("2024-09-04T14:00:00+09:00"), 50, BigDecimal.valueOf(60),
                AggregationRules.DEFAULTS, Program.DEFAULT_TIE_BREAK.stream().map(TieBreakKey::parse).toList(),
                BuiltInRubrics.find("KSURE-EXPORT-2024").orElseThrow());
        List<StoredApplication> stored = new ArrayList<>();
        Map<String, List<ScoreSheet>> sheets = new HashMap<>();
        prepare(program, stored, sheets);
        List<AuditEntry> audit = audit();
        SigningIdentity identity = new IdentityService().create("벤치 위원장", "");
        Messages messages = Messages.korean();
        Path ours = work.resolve("results-bench.xlsx");
        Path signed = work.resolve("results-bench-signed.xlsx");
        Path fair = work.resolve("results-baseline.xlsx");
        write(program, stored, sheets, audit, messages, ours);
        sign(ours, signed, identity);
        // Our own peak, before the baseline holds a whole workbook in memory to copy from.
        HeapSampler.reset();
        write(program, stored, sheets, audit, messages, ours);
        sign(ours, signed, identity);
        long peak = HeapSampler.peakBytes();
        try (ReplicaWorkbook baseline = new ReplicaWorkbook(ours)) {
            for (int i = 0; i < 2; i++) {
                write(program, stored, sheets, audit, messages, ours);
                sign(ours, signed, identity);
                baseline.write(fair);
            }
            double[] oursMs = new double[rounds];
            double[] signMs = new double[rounds];
            double[] fairMs = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                write(program, stored, sheets, audit, messages, ours);
                oursMs[i] = (System.nanoTime() - start) / 1e6;
                signMs[i] = sign(ours, signed, identity);
                start = System.nanoTime();
                baseline.write(fair);
                fairMs[i] = (System.nanoTime() - start) / 1e6;
            }
            String name = String.format("result workbook %,d × %d (aggregate + write)", applications, evaluators);
            report.add(name, BenchReport.median(oursMs), BenchReport.median(fairMs), "ms", "≤ 1.3× fair SXSSF");
            report.add("  signing it, and verifying before hand-out", BenchReport.median(signMs), Double.NaN, "ms",
                    "measured alone");
            double[] total = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                total[i] = oursMs[i] + signMs[i];
            }
            report.add("  the signed result workbook in all", BenchReport.median(total), Double.NaN, "ms",
                    "≤ 1500 ms");
            report.add("  peak heap writing and signing it", peak / 1048576.0, Double.NaN, "MB", "≤ 256 MB");
            report.note(String.format("result workbook %d KB, fair baseline %d KB (%,d cells, %d charts, the same"
                    + " styles, widths, merges, A4 print set-up, repeated and frozen header rows, page headers, forced"
                    + " to the disk like ours); median of %d after 2 warm-ups", Files.size(ours) / 1024,
                    Files.size(fair) / 1024, baseline.cells(), baseline.charts(), rounds));
        }
    }

    private static void write(Program program, List<StoredApplication> stored, Map<String, List<ScoreSheet>> sheets,
            List<AuditEntry> audit, Messages messages, Path target) throws Exception {
        RoundResults results = aggregate(program, stored, sheets);
        new ResultWorkbookWriter(messages).write(new ResultWorkbookInput(results, true, List.of(), audit, Map.of(),
                "벤치 위원장", NOW, ZoneId.of("Asia/Seoul")), target);
    }

    /** Signs a copy of the written workbook (signing checks its own signature before it returns). */
    private static double sign(Path written, Path copy, SigningIdentity identity) throws Exception {
        Files.copy(written, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        new WorkbookSigner().signInPlace(copy, identity);
        return (System.nanoTime() - start) / 1e6;
    }

    private static RoundResults aggregate(Program program, List<StoredApplication> stored,
            Map<String, List<ScoreSheet>> sheets) {
        Round round = new Round(1, program, "bench", 1, NOW, NOW);
        List<PanelMember> panel = new ArrayList<>();
        int evaluators = sheets.values().iterator().next().size();
        for (int e = 1; e <= evaluators; e++) {
            panel.add(new PanelMember(new Evaluator("E" + e, "위원" + e, ""), e, false));
        }
        List<AggregationInput> inputs = new ArrayList<>();
        for (StoredApplication a : stored) {
            List<EvaluatorTotal> totals = new ArrayList<>();
            int e = 1;
            for (ScoreSheet sheet : sheets.get(a.receiptNo())) {
                totals.add(new EvaluatorTotal(sheet.evaluatorId(), e++, sheet.total(), sheet.subtotals(program.rubric())));
            }
            inputs.add(new AggregationInput(a.receiptNo(), ScreeningStatus.ELIGIBLE, a.application().submittedAt(),
                    totals, Optional.empty()));
        }
        List<AggregationResult> aggregated = new Aggregation(program).aggregate(inputs);
        List<ApplicationOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredApplication a = stored.get(i);
            AggregationResult result = aggregated.get(i);
            outcomes.add(new ApplicationOutcome(a, new ScreeningDecision(ScreeningResult.of(a.receiptNo(), List.of()),
                    Optional.empty()), sheets.get(a.receiptNo()), result, result.status() == SelectionStatus.SELECTED
                            ? SupportPackages.decide(a.application()) : Map.of()));
        }
        outcomes.sort(Comparator.comparing((ApplicationOutcome o) -> o.aggregation().rank().orElse(Integer.MAX_VALUE))
                .thenComparing(ApplicationOutcome::receiptNo));
        return new RoundResults(round, panel, outcomes);
    }

    private void prepare(Program program, List<StoredApplication> stored, Map<String, List<ScoreSheet>> sheets) {
        List<Indicator> indicators = program.rubric().indicators();
        for (int i = 1; i <= applications; i++) {
            String receipt = String.format("2024-EXP-%05d", i);
            Application a = ApplicationParser.parseStored(BenchBundles.application(receipt, i).toString());
            stored.add(new StoredApplication(i, 1, "bench", a, List.of(), false));
            List<ScoreSheet> own = new ArrayList<>();
            for (int e = 1; e <= evaluators; e++) {
                Map<String, Score> scores = new HashMap<>();
                for (int k = 0; k < indicators.size(); k++) {
                    String id = indicators.get(k).id();
                    scores.put(id, new Score(id, BigDecimal.valueOf(4 + (i * 7 + e * 3 + k) % 7),
                            k % 3 == 0 ? "지표 의견 " + k : ""));
                }
                own.add(new ScoreSheet(receipt, "E" + e, 1, SheetState.SUBMITTED, scores, "종합의견 " + i, NOW, NOW));
            }
            sheets.put(receipt, own);
        }
    }

    private List<AuditEntry> audit() {
        List<AuditEntry> audit = new ArrayList<>();
        String previous = "0".repeat(64);
        for (int i = 1; i <= applications * evaluators; i++) {
            String hash = String.format("%064x", i * 2654435761L);
            audit.add(new AuditEntry(i, NOW.plusSeconds(i), "E" + (i % evaluators + 1), "SUBMISSION",
                    "BENCH/" + i, "{\"version\":1}", previous, hash));
            previous = hash;
        }
        return audit;
    }
}
