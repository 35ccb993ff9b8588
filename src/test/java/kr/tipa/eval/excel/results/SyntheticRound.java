package kr.tipa.eval.excel.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.aggregation.Aggregation;
import kr.tipa.eval.domain.aggregation.AggregationInput;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.Company;
import kr.tipa.eval.domain.packages.SupportPackages;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.SheetState;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningResult;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.testing.Fixtures;

/**
 * A busy round built in memory (loading 7,000 sheets through the database would measure the database):
 * {@code applications} applications, every one scored by all {@code evaluators}, aggregated by the real
 * Aggregation and ranked as ResultsService ranks, with one audit entry per submitted sheet.
 */
final class SyntheticRound {

    static final Instant NOW = Instant.parse("2024-09-20T05:00:00Z");

    private SyntheticRound() {
    }

    static RoundResults results(int applications, int evaluators) {
        Program program = Fixtures.program();
        Round round = new Round(1, program, "bench", 1, NOW, NOW);
        List<PanelMember> panel = new ArrayList<>();
        for (int e = 1; e <= evaluators; e++) {
            panel.add(new PanelMember(new Evaluator("E" + e, "위원" + e, "소속"), e, false));
        }
        Application template = Fixtures.parse(Fixtures.applicationWithDocuments("2024-EXP-0001"));
        List<Indicator> indicators = program.rubric().indicators();
        List<StoredApplication> stored = new ArrayList<>();
        Map<String, List<ScoreSheet>> sheets = new HashMap<>();
        List<AggregationInput> inputs = new ArrayList<>();
        for (int i = 1; i <= applications; i++) {
            String receipt = Fixtures.receiptNo(i);
            Company c = template.company();
            Application a = new Application(receipt, template.submittedAt().minusMinutes(i), true,
                    new Company("주식회사 수출" + i, Fixtures.businessNo(i), c.ceoName(), c.address(), c.isSme(),
                            c.foundedOn(), c.employees()),
                    template.rndProject(), template.export(), template.ksureGrade(), template.compliance(),
                    template.groupInsurance(), template.plan(), template.documents(), template.onlineForms());
            stored.add(new StoredApplication(i, 1, "bench", a, List.of(), false));
            List<ScoreSheet> own = new ArrayList<>();
            List<EvaluatorTotal> totals = new ArrayList<>();
            for (int e = 1; e <= evaluators; e++) {
                Map<String, Score> scores = new HashMap<>();
                for (int k = 0; k < indicators.size(); k++) {
                    int value = 4 + (i * 7 + e * 3 + k) % 7;
                    String comment = k % 3 == 0 ? "지표 " + k + "에 대한 의견: 계획이 구체적이고 실현 가능성이 있음" : "";
                    scores.put(indicators.get(k).id(), new Score(indicators.get(k).id(), BigDecimal.valueOf(value),
                            comment));
                }
                ScoreSheet sheet = new ScoreSheet(receipt, "E" + e, 1, SheetState.SUBMITTED, scores, "종합의견 " + i,
                        NOW, NOW);
                own.add(sheet);
                totals.add(new EvaluatorTotal("E" + e, e, sheet.total(), sheet.subtotals(program.rubric())));
            }
            sheets.put(receipt, own);
            inputs.add(new AggregationInput(receipt, kr.tipa.eval.domain.screening.ScreeningStatus.ELIGIBLE,
                    a.submittedAt(), totals, Optional.empty()));
        }
        List<AggregationResult> aggregated = new Aggregation(program).aggregate(inputs);
        List<ApplicationOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredApplication a = stored.get(i);
            AggregationResult result = aggregated.get(i);
            outcomes.add(new ApplicationOutcome(a,
                    new ScreeningDecision(ScreeningResult.of(a.receiptNo(), List.of()), Optional.empty()),
                    sheets.get(a.receiptNo()), result, result.status() == SelectionStatus.SELECTED
                            ? SupportPackages.decide(a.application()) : Map.of()));
        }
        outcomes.sort(Comparator.comparing((ApplicationOutcome o) -> o.aggregation().rank().orElse(Integer.MAX_VALUE))
                .thenComparing(ApplicationOutcome::receiptNo));
        return new RoundResults(round, panel, outcomes);
    }

    static List<AuditEntry> audit(int entries) {
        List<AuditEntry> audit = new ArrayList<>();
        String previous = "0".repeat(64);
        for (int i = 1; i <= entries; i++) {
            String hash = String.format("%064x", i * 2654435761L);
            audit.add(new AuditEntry(i, NOW.plusSeconds(i), "E" + (i % 7 + 1), "SUBMISSION",
                    "KSURE-EXPORT-2024-2/" + Fixtures.receiptNo(i % 1000 + 1),
                    "{\"version\":1,\"contentSha256\":\"" + hash + "\"}", previous, hash));
            previous = hash;
        }
        return audit;
    }

    static ResultWorkbookInput input(int applications, int evaluators) {
        return new ResultWorkbookInput(results(applications, evaluators), true, List.of(),
                audit(applications * evaluators), Map.of(), "위원장", NOW, PanelRound.SEOUL);
    }
}
