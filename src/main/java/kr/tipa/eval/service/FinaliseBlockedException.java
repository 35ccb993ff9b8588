package kr.tipa.eval.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.Finalisation;

/** Finalisation refused: every blocker is listed. Nothing was written. */
public final class FinaliseBlockedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final transient Blockers blockers;

    public FinaliseBlockedException(Blockers blockers) {
        super(reasons(blockers));
        this.blockers = blockers;
    }

    public Blockers blockers() {
        return blockers;
    }

    private static List<Localizable> reasons(Blockers b) {
        List<Localizable> reasons = new ArrayList<>();
        reasons.add(Localizable.of("finalise.blocked"));
        b.needsReview().forEach(r -> reasons.add(Localizable.of("finalise.blocker.needsReview", r)));
        b.unacknowledgedAlerts().forEach(r -> reasons.add(Localizable.of("finalise.blocker.alert", r)));
        for (Map.Entry<String, List<String>> e : b.missingSheets().entrySet()) {
            reasons.add(Localizable.of("finalise.blocker.missing", e.getKey(), String.join(", ", e.getValue())));
        }
        b.missingPanels().forEach(p -> reasons.add(Localizable.of("finalise.blocker.panelMissing", p)));
        b.provisionalPanels().forEach(p -> reasons.add(Localizable.of("finalise.blocker.panelProvisional", p)));
        return reasons;
    }
}
