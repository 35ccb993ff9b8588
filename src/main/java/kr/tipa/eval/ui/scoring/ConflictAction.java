package kr.tipa.eval.ui.scoring;

/**
 * Declares a conflict of interest (회피) on an application: the form hands its own application to the
 * workspace, which asks for the reason, records it and takes the application out of my workload.
 */
@FunctionalInterface
public interface ConflictAction {

    void declare(String receiptNo);
}
