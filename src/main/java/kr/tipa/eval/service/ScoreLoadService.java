package kr.tipa.eval.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.ScoreProblem;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.Transactions;

/**
 * Enters scores typed elsewhere as one evaluator's, all or nothing: every row is judged against the
 * round first (the application, the indicator, the value, duplicates, conflicts), and only a file
 * without a single fault is written. Each sheet the file completes is submitted unless asked not to.
 */
public final class ScoreLoadService {

    /** What a load did. */
    public record Outcome(List<String> submitted, List<String> drafts) {
    }

    private final Transactions transactions;
    private final RoundService rounds;
    private final ScoringService scoring;
    private final EvaluatorService evaluators;

    public ScoreLoadService(Transactions transactions, RoundService rounds, ScoringService scoring,
            EvaluatorService evaluators) {
        this.transactions = transactions;
        this.rounds = rounds;
        this.scoring = scoring;
        this.evaluators = evaluators;
    }

    public Outcome load(Round round, String evaluatorId, String fileName, List<ScoreCsv.Row> rows, boolean draftOnly) {
        evaluators.require(evaluatorId);
        Map<String, List<ScoreCsv.Row>> byReceipt = judge(round, evaluatorId, fileName, rows);
        return transactions.inTransaction(() -> {
            List<String> submitted = new ArrayList<>();
            List<String> drafts = new ArrayList<>();
            Rubric rubric = round.program().rubric();
            for (Map.Entry<String, List<ScoreCsv.Row>> e : byReceipt.entrySet()) {
                String receipt = e.getKey();
                ScoreSheet sheet = scoring.sheet(round, receipt, evaluatorId);
                if (sheet.submitted()) {
                    scoring.startCorrection(round, receipt, evaluatorId);
                }
                for (ScoreCsv.Row row : e.getValue()) {
                    scoring.setScore(round, receipt, evaluatorId, row.indicatorId(), row.score());
                    if (!row.comment().isBlank()) {
                        scoring.setComment(round, receipt, evaluatorId, row.indicatorId(), row.comment());
                    }
                }
                ScoreSheet after = scoring.sheet(round, receipt, evaluatorId);
                if (!draftOnly && after.isComplete(rubric)) {
                    scoring.submit(round, receipt, evaluatorId);
                    submitted.add(receipt);
                } else {
                    drafts.add(receipt);
                }
            }
            return new Outcome(submitted, drafts);
        });
    }

    private Map<String, List<ScoreCsv.Row>> judge(Round round, String evaluatorId, String fileName,
            List<ScoreCsv.Row> rows) {
        Rubric rubric = round.program().rubric();
        Set<String> conflicted = new HashSet<>();
        scoring.workload(round, evaluatorId).stream()
                .filter(w -> w.conflictReason().isPresent()).forEach(w -> conflicted.add(w.receiptNo()));
        Map<String, Optional<StoredApplication>> known = new LinkedHashMap<>();
        List<Localizable> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<ScoreCsv.Row>> byReceipt = new LinkedHashMap<>();
        for (ScoreCsv.Row row : rows) {
            Optional<StoredApplication> application = known.computeIfAbsent(row.receiptNo(),
                    r -> rounds.application(round, r));
            if (application.isEmpty()) {
                problems.add(Localizable.of("scores.row.unknownApplication", fileName, row.line(), row.receiptNo()));
                continue;
            }
            if (conflicted.contains(row.receiptNo())) {
                problems.add(Localizable.of("scores.row.conflict", fileName, row.line(), row.receiptNo()));
                continue;
            }
            Optional<ScoreProblem> problem = rubric.check(row.indicatorId(), row.score());
            if (problem.isPresent()) {
                BigDecimal max = rubric.indicator(row.indicatorId()).map(i -> i.maxPoints()).orElse(BigDecimal.ZERO);
                problems.add(Localizable.of("scores.row." + problem.get().name(), fileName, row.line(),
                        row.indicatorId(), Decimals.plain(row.score()), Decimals.plain(max),
                        Decimals.plain(rubric.step())));
                continue;
            }
            if (!seen.add(row.receiptNo() + "\u0000" + row.indicatorId())) {
                problems.add(Localizable.of("scores.row.duplicate", fileName, row.line(), row.receiptNo(),
                        row.indicatorId()));
                continue;
            }
            byReceipt.computeIfAbsent(row.receiptNo(), r -> new ArrayList<>()).add(row);
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        return byReceipt;
    }
}
