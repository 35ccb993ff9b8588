package kr.tipa.eval.ui;

import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.RefusedException;

/** A failure of background work in the words the user reads. */
public final class Refusals {

    private Refusals() {
    }

    /** A refusal's own reasons; anything else by its message. */
    public static String describe(Throwable e, Messages messages) {
        return e instanceof RefusedException refused ? refused.render(messages) : String.valueOf(e.getMessage());
    }
}
