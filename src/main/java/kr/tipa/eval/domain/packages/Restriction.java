package kr.tipa.eval.domain.packages;

/** The restrictions on ① and ② (수출기업 리스크 관리 관련 제한사항), and the one allowance. */
public enum Restriction {
    /** 허위수출계약 등 부정한 방법으로 무역보험 사고의 원인을 제공한 경험. */
    FRAUD_HISTORY,
    /** 보험료 또는 보증료 연체 중. */
    PREMIUM_OVERDUE,
    /** 중소기업이 아닌 경우. */
    NOT_SME,
    /** 단체보험 특약 및 단기수출보험(포괄) 이용 중. */
    ALREADY_USES_GROUP_RIDER,
    /** 전년도 수출실적 US$30백만 초과. */
    EXPORT_OVER_30M,
    /** Over US$30M, but a group-insurance user last year: allowed once (a note, not a restriction). */
    EXPORT_OVER_30M_ALLOWED_ONCE
}
