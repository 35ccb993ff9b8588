package kr.tipa.eval.domain.application;

/** The group-insurance request (단체보험) and the insurer's restriction facts. */
public record GroupInsurance(
        boolean requested,
        boolean usedLastYear,
        boolean alreadyUsesGroupRider,
        boolean premiumOverdue,
        boolean fraudHistory) {
}
