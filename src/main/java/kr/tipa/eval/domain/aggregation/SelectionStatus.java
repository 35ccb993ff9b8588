package kr.tipa.eval.domain.aggregation;

/** The committee's outcome for an application (program-rules.md §3). */
public enum SelectionStatus {
    /** 지원 대상: composite at least the cutoff. */
    SELECTED,
    /** 지원 제외: below the cutoff, or excluded by the chair. */
    NOT_SELECTED,
    /** Fewer submitted totals than the minimum: no composite. */
    INCOMPLETE,
    /** Screened out: never selected, whatever its scores. */
    INELIGIBLE
}
