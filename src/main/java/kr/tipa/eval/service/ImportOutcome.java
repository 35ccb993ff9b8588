package kr.tipa.eval.service;

import java.util.List;
import java.util.Map;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.Round;

/**
 * What an import did.
 *
 * @param withdrawn applications of the previous version absent from this one
 */
public record ImportOutcome(
        Kind kind,
        Round round,
        String bundleId,
        int versionNo,
        int applications,
        int withdrawn,
        Map<ScreeningStatus, Long> screening,
        List<BundleProblem> warnings) {

    public enum Kind {
        /** A new round. */
        IMPORTED,
        /** A new version of a round already held; scores kept. */
        NEW_VERSION,
        /** The same bundle again: nothing changed. */
        UNCHANGED
    }
}
