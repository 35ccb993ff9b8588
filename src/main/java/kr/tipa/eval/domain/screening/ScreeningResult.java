package kr.tipa.eval.domain.screening;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An application's automatic screening: its status and every reason that applies, in spec order. */
public record ScreeningResult(String receiptNo, ScreeningStatus status, List<ScreeningReason> reasons) {

    public ScreeningResult {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(status, "status");
        reasons = reasons.stream().sorted(Comparator.comparing(ScreeningReason::code)).toList();
    }

    /** The status that the reasons imply: any E/X → INELIGIBLE, else any W → NEEDS_REVIEW, else ELIGIBLE. */
    public static ScreeningResult of(String receiptNo, List<ScreeningReason> reasons) {
        ScreeningStatus status = ScreeningStatus.ELIGIBLE;
        if (reasons.stream().anyMatch(r -> r.code().excludes())) {
            status = ScreeningStatus.INELIGIBLE;
        } else if (reasons.stream().anyMatch(r -> r.code().needsReview())) {
            status = ScreeningStatus.NEEDS_REVIEW;
        }
        return new ScreeningResult(receiptNo, status, reasons);
    }

    public List<ScreeningCode> codes() {
        return reasons.stream().map(ScreeningReason::code).toList();
    }
}
