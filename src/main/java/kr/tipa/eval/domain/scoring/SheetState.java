package kr.tipa.eval.domain.scoring;

/** Where one version of a score sheet (평가표) stands. */
public enum SheetState {
    /** Being filled in; every change is saved at once. */
    DRAFT,
    /** Complete, submitted (and signed): read-only from then on. */
    SUBMITTED
}
