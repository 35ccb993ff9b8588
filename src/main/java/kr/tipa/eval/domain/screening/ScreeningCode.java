package kr.tipa.eval.domain.screening;

/**
 * Every reason of program-rules.md §1, declared in the order of its tables: results list their
 * reasons in this order.
 */
public enum ScreeningCode {
    E01_SUBMISSION_INCOMPLETE,
    E02_LATE_SUBMISSION,
    E03_MISSING_REQUIRED_DOCUMENT,
    E04_NO_SUCCESSFUL_RND,
    E05_RND_NOT_RECENT,
    E06_NOT_TIPA_MANAGED,
    E07_NON_RND_PROJECT,
    E08_NOT_LEAD_ORGANISATION,
    E09_NO_EXPORT_PLAN,
    X01_PURPOSE_MISMATCH,
    X02_RND_DISCONTINUED,
    X03_OBLIGATIONS_UNFULFILLED,
    X04_PARTICIPATION_RESTRICTED,
    X05_BANKRUPT_OR_CLOSED,
    X06_CREDIT_GRADE_R,
    W01_INVALID_BUSINESS_NUMBER,
    W02_DUPLICATE_COMPANY;

    /** E and X codes make an application INELIGIBLE. */
    public boolean excludes() {
        return name().startsWith("E") || name().startsWith("X");
    }

    /** W codes ask a person to look (NEEDS_REVIEW). */
    public boolean needsReview() {
        return name().startsWith("W");
    }
}
