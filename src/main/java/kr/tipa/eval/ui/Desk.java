package kr.tipa.eval.ui;

/** A desk over the open round (the evaluator's workspace, the chair's tabs): a screen the menus act on. */
public interface Desk extends Screen {

    /** Edit › Search: the keyboard to the desk's search field, when it has one. */
    default void focusSearch() {
    }

    /** Evaluation › Declare a conflict: on the application the desk shows, when it has one. */
    default void declareConflict() {
    }
}
