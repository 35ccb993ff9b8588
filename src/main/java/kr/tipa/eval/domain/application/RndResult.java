package kr.tipa.eval.domain.application;

/** The R&D project's outcome; only {@code SUCCESS} is 완료(성공). */
public enum RndResult {
    SUCCESS,
    FAILURE,
    IN_PROGRESS,
    ABANDONED
}
