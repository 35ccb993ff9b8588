package kr.tipa.eval.bench;

import java.io.OutputStream;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Aggregation plus the signed result workbook for N applications × E evaluators, from submitted sheets
 * held in memory (the database is measured elsewhere), against a raw streaming (SXSSF) write of the
 * same cells with no styles, no layout and no signature.
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
        Path raw = work.resolve("results-raw.xlsx");
        for (int i = 0; i < 2; i++) {
            ourRun(program, stored, sheets, audit, identity, messages, ours);
            rawRun(aggregate(program, stored, sheets), audit, raw);
        }
        double[] oursMs = new double[rounds];
        double[] rawMs = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            ourRun(program, stored, sheets, audit, identity, messages, ours);
            oursMs[i] = (System.nanoTime() - start) / 1e6;
            RoundResults results = aggregate(program, stored, sheets);
            start = System.nanoTime();
            rawRun(results, audit, raw);
            rawMs[i] = (System.nanoTime() - start) / 1e6;
        }
        String name = String.format("aggregate + signed workbook %,d × %d", applications, evaluators);
        report.add(name, BenchReport.median(oursMs), BenchReport.median(rawMs), "ms", "≤ 1500 ms, ≤ 1.3× raw SXSSF");
        report.note(String.format("result workbook %d KB, raw %d KB; median of %d after 2 warm-ups",
                Files.size(ours) / 1024, Files.size(raw) / 1024, rounds));
        report.note(String.format("last run: aggregate %.0f ms, write %.0f ms, sign and re-verify %.0f ms",
                phases[0], phases[1], phases[2]));
    }

    private final double[] phases = new double[3];

    private void ourRun(Program program, List<StoredApplication> stored, Map<String, List<ScoreSheet>> sheets,
            List<AuditEntry> audit, SigningIdentity identity, Messages messages, Path target) throws Exception {
        long t0 = System.nanoTime();
        RoundResults results = aggregate(program, stored, sheets);
        long t1 = System.nanoTime();
        new ResultWorkbookWriter(messages).write(new ResultWorkbookInput(results, true, List.of(), audit, Map.of(),
                "벤치 위원장", NOW, ZoneId.of("Asia/Seoul")), target);
        long t2 = System.nanoTime();
        new WorkbookSigner().signInPlace(target, identity);
        long t3 = System.nanoTime();
        phases[0] = (t1 - t0) / 1e6;
        phases[1] = (t2 - t1) / 1e6;
        phases[2] = (t3 - t2) / 1e6;
    }

    /** The same cells as the result workbook, written as plainly as POI allows. */
    private void rawRun(RoundResults results, List<AuditEntry> audit, Path target) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(target)) {
            Sheet ranking = workbook.createSheet("ranking");
            Sheet scores = workbook.createSheet("scores");
            Sheet screening = workbook.createSheet("screening");
            Sheet recommended = workbook.createSheet("recommended");
            Sheet log = workbook.createSheet("audit");
            int r = 0;
            int s = 0;
            int c = 0;
            int p = 0;
            for (ApplicationOutcome o : results.outcomes()) {
                Row row = ranking.createRow(r++);
                int col = 0;
                row.createCell(col++).setCellValue(o.aggregation().rank().orElse(0));
                row.createCell(col++).setCellValue(o.receiptNo());
                row.createCell(col++).setCellValue(o.application().companyName());
                for (EvaluatorTotal t : o.aggregation().totals()) {
                    row.createCell(col++).setCellValue(t.total().doubleValue());
                }
                row.createCell(col++).setCellValue(o.aggregation().composite().orElse(BigDecimal.ZERO).doubleValue());
                row.createCell(col).setCellValue(o.aggregation().status().name());
                for (ScoreSheet sheet : o.sheets()) {
                    Row line = scores.createRow(s++);
                    int k = 0;
                    line.createCell(k++).setCellValue(sheet.receiptNo());
                    line.createCell(k++).setCellValue(sheet.evaluatorId());
                    for (Score score : sheet.scores().values()) {
                        line.createCell(k++).setCellValue(score.value().doubleValue());
                    }
                    line.createCell(k++).setCellValue(sheet.total().doubleValue());
                    line.createCell(k).setCellValue(sheet.overallOpinion());
                }
                Row screen = screening.createRow(c++);
                screen.createCell(0).setCellValue(o.receiptNo());
                screen.createCell(1).setCellValue(o.screening().status().name());
                if (o.aggregation().status() == SelectionStatus.SELECTED) {
                    Row rec = recommended.createRow(p++);
                    rec.createCell(0).setCellValue(o.application().companyName());
                    int k = 1;
                    for (var d : o.packages().values()) {
                        rec.createCell(k++).setCellValue(d.status().name());
                    }
                }
            }
            int a = 0;
            for (AuditEntry e : audit) {
                Row row = log.createRow(a++);
                row.createCell(0).setCellValue(e.seq());
                row.createCell(1).setCellValue(e.actor());
                row.createCell(2).setCellValue(e.action());
                row.createCell(3).setCellValue(e.subject());
                row.createCell(4).setCellValue(e.detailJson());
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private RoundResults aggregate(Program program, List<StoredApplication> stored,
            Map<String, List<ScoreSheet>> sheets) {
        Round round = new Round(1, program, "bench", 1, NOW, NOW);
        List<PanelMember> panel = new ArrayList<>();
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
