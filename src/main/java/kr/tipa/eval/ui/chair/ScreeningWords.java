package kr.tipa.eval.ui.chair;

import java.util.List;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningReason;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;

/** A screening decision in words, the same on the chair's desk and the agency's. */
public final class ScreeningWords {

    private ScreeningWords() {
    }

    public static String status(ScreeningStatus status, Messages messages) {
        return messages.get("screening.status." + status.name());
    }

    /** Each reason as its code, its label and its particulars: "E03 필수 서류 누락 (참가계획서)". */
    public static List<String> reasons(ScreeningDecision decision, Messages messages) {
        return decision.reasons().stream().map(reason -> reason(reason, messages)).toList();
    }

    private static String reason(ScreeningReason reason, Messages messages) {
        return reason.code().name() + " " + messages.get("screening.code." + reason.code().name())
                + (reason.details().isEmpty() ? "" : " (" + String.join(", ", reason.details()) + ")");
    }
}
