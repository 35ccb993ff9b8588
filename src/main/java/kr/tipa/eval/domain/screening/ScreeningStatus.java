package kr.tipa.eval.domain.screening;

/** The outcome of 자격 요건검토 (program-rules.md §1). */
public enum ScreeningStatus {
    ELIGIBLE,
    INELIGIBLE,
    NEEDS_REVIEW
}
