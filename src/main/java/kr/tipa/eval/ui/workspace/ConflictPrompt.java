package kr.tipa.eval.ui.workspace;

import java.util.Optional;

/** Asks why I cannot evaluate an application, and tells me when the declaration was refused; tests answer directly. */
public interface ConflictPrompt {

    /** The reason typed; empty when cancelled. */
    Optional<String> reason(String receiptNo, String company);

    void refused(String why);
}
