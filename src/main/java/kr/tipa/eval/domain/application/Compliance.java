package kr.tipa.eval.domain.application;

/** The exclusion facts of the announcement's section 6. */
public record Compliance(
        boolean obligationsUnfulfilled,
        boolean obligationsResolvedBeforeDeadline,
        boolean participationRestricted,
        boolean bankruptOrClosed,
        boolean courtRehabilitationApproved) {
}
