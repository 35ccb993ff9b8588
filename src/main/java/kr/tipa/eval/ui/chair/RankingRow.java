package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.packages.PackageDecision;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.model.ApplicationOutcome;

/**
 * One line of the ranking, with where the two lines of program-rules §3 fall: the cutoff line (between
 * the last composite at or above the cutoff and the first below) and the capacity line (after the
 * capacity-th selected company).
 *
 * @param cutoffLineBefore the cutoff line runs above this row (when no composite reaches the cutoff)
 */
public record RankingRow(Optional<Integer> rank, String receiptNo, String company, ScreeningDecision screening,
        List<EvaluatorTotal> totals, Set<String> dropped, Optional<BigDecimal> composite, SelectionStatus status,
        Map<SupportPackage, PackageDecision> packages, Optional<String> exclusionReason, boolean cutoffLineAfter,
        boolean cutoffLineBefore, boolean capacityLineAfter) {

    public RankingRow {
        totals = List.copyOf(totals);
        dropped = Set.copyOf(dropped);
    }

    static RankingRow of(ApplicationOutcome o, boolean cutoffAfter, boolean cutoffBefore, boolean capacityAfter) {
        var a = o.aggregation();
        return new RankingRow(a.rank(), o.receiptNo(), o.application().companyName(), o.screening(), a.totals(),
                a.dropped(), a.composite(), a.status(), o.packages(), a.exclusionReason(), cutoffAfter, cutoffBefore,
                capacityAfter);
    }

    /** This evaluator's submitted total, if any. */
    public Optional<BigDecimal> total(String evaluatorId) {
        return totals.stream().filter(t -> t.evaluatorId().equals(evaluatorId)).map(EvaluatorTotal::total).findFirst();
    }

    /** Whether this evaluator's total was trimmed as the highest or lowest. */
    public boolean dropped(String evaluatorId) {
        return dropped.contains(evaluatorId);
    }

    public boolean excluded() {
        return exclusionReason.isPresent();
    }
}
