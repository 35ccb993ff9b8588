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
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.Transactions;

/**
 * Enters scores typed elsewhere as one evaluator's, all or nothing: every row is judged against the
 * round first (the application, the indicator, the value, duplicates, conflicts), and only a file
 * without a single fault is written. Each sheet the file completes is submitted unless asked not to.
 *
 * <p>On the evaluator's own laptop the scores are theirs and their submissions are signed. For anyone
 * else they are a proxy entry (위원장 대리 입력, see {@link EntryGuard}): recorded with who entered them and
 * the file's name and SHA-256, and never signed.
 */
public final class ScoreLoadService {

    /**
     * What a load did; {@code proxy} is present when the scores were entered for someone else.
     */
    public record Outcome(List<String> submitted, List<String> drafts, Optional<ProxySource> proxy) {
    }

    private final Transactions transactions;
    private final RoundService rounds;
    private final ScoringService scoring;
    private final EvaluatorService evaluators;
    private final AuditLog audit;

    public ScoreLoadService(Transactions transactions, RoundService rounds, ScoringService scoring,
            EvaluatorService evaluators, AuditLog audit) {
        this.transactions = transactions;
        this.rounds = rounds;
        this.scoring = scoring;
        this.evaluators = evaluators;
        this.audit = audit;
    }

    /**
     * @param enteredBy who is entering the file on this laptop; recorded when the evaluator is not this
     *                  laptop's own (a proxy entry)
     */
    public Outcome load(Round round, String evaluatorId, ScoreCsv.Parsed file, String enteredBy, boolean draftOnly) {
        evaluators.require(evaluatorId);
        boolean own = evaluators.self().map(m -> m.id().equals(evaluatorId)).orElse(false);
        Optional<ProxySource> proxy = own ? Optional.empty()
                : Optional.of(new ProxySource(enteredBy, file.fileName(), file.sha256()));
        scoring.requireMayEnter(round, evaluatorId, proxy);
        Map<String, List<ScoreCsv.Row>> byReceipt = judge(round, evaluatorId, file.fileName(), file.rows());
        Typing typing = scoring.typing(proxy);
        return transactions.inTransaction(() -> {
            List<String> submitted = new ArrayList<>();
            List<String> drafts = new ArrayList<>();
            Rubric rubric = round.program().rubric();
            for (Map.Entry<String, List<ScoreCsv.Row>> e : byReceipt.entrySet()) {
                String receipt = e.getKey();
                ScoreSheet sheet = scoring.sheet(round, receipt, evaluatorId);
                if (sheet.submitted()) {
                    typing.startCorrection(round, receipt, evaluatorId);
                }
                for (ScoreCsv.Row row : e.getValue()) {
                    typing.setScore(round, receipt, evaluatorId, row.indicatorId(), row.score());
                    if (!row.comment().isBlank()) {
                        typing.setComment(round, receipt, evaluatorId, row.indicatorId(), row.comment());
                    }
                }
                ScoreSheet after = scoring.sheet(round, receipt, evaluatorId);
                if (!draftOnly && after.isComplete(rubric)) {
                    typing.submit(round, receipt, evaluatorId);
                    submitted.add(receipt);
                } else {
                    drafts.add(receipt);
                }
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("evaluator", evaluatorId);
            detail.put("file", file.fileName());
            detail.put("fileSha256", file.sha256());
            detail.put("rows", file.rows().size());
            detail.put("submitted", submitted.size());
            detail.put("drafts", drafts.size());
            detail.put("proxy", proxy.isPresent());
            audit.append(proxy.map(ProxySource::enteredBy).orElse(evaluatorId),
                    proxy.isPresent() ? "PROXY_SCORES_LOADED" : "SCORES_LOADED", round.programCode(), detail);
            return new Outcome(submitted, drafts, proxy);
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
