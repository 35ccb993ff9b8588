package kr.tipa.eval.ui.agency;

import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningStatus;

/**
 * One application on the agency's screening table: who applied, the panel it is assigned to (empty for a
 * round without panels), and what counts for it — the automatic result or the latest decision by hand.
 */
public record ScreeningRow(String receiptNo, String company, String panel, ScreeningDecision decision) {

    public ScreeningStatus status() {
        return decision.status();
    }

    public boolean needsReview() {
        return decision.status() == ScreeningStatus.NEEDS_REVIEW;
    }
}
