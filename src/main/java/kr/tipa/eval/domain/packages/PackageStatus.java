package kr.tipa.eval.domain.packages;

/** Whether a selected company gets a support programme. */
public enum PackageStatus {
    GRANTED,
    /** Would apply, but a 수출기업 리스크 관리 restriction holds (with its reasons). */
    RESTRICTED,
    NOT_APPLICABLE
}
