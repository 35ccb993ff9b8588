package kr.tipa.eval.model;

import java.math.BigDecimal;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.domain.screening.ScreeningDecision;

/**
 * One line of an evaluator's workload: the application, its screening, and where my sheet stands.
 *
 * @param recusedByAgency the conflict is the agency's 제척 (shown as such, and no one here can undo it)
 */
public record WorkItem(
        ApplicationSummary application,
        ScreeningDecision screening,
        WorkState state,
        Optional<ScoreSheet> sheet,
        Optional<String> conflictReason,
        boolean recusedByAgency) {

    public String receiptNo() {
        return application.receiptNo();
    }

    /** My total so far (of the newest version), when anything is entered. */
    public Optional<BigDecimal> total() {
        return sheet.filter(s -> !s.isEmpty()).map(ScoreSheet::total);
    }
}
