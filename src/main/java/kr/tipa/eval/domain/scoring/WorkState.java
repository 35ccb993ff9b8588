package kr.tipa.eval.domain.scoring;

/** An evaluator's state on one application, as the workload list shows it. */
public enum WorkState {
    /** 미작성: nothing entered. */
    NOT_STARTED,
    /** 작성중: a draft with something in it. */
    IN_PROGRESS,
    /** 제출완료: the newest version is submitted. */
    SUBMITTED,
    /** 수정중: submitted, and a correction (a newer draft) is open. */
    CORRECTING,
    /** 회피: a conflict of interest was declared. */
    CONFLICT
}
