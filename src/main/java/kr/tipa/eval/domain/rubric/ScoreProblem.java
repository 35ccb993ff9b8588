package kr.tipa.eval.domain.rubric;

/** Why a value cannot be entered as an indicator's score. */
public enum ScoreProblem {
    UNKNOWN_INDICATOR,
    NEGATIVE,
    ABOVE_MAXIMUM,
    OFF_STEP
}
