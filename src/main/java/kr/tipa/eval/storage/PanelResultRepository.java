package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.PanelResult;
import kr.tipa.eval.model.PanelResultRecord;

/**
 * The panels' signed results on the agency's database: every imported version (the current one of each
 * panel has no {@code replacedAt}), the chair certificates pinned per panel, and the bundle ids of the
 * panel packages the agency made.
 */
public interface PanelResultRepository {

    /** A submitted sheet of a panel's current result. */
    record PanelSheet(String panelId, ScoreSheet sheet) {
    }

    /** An evaluator of a panel's current result, in that panel's order. */
    record PanelEvaluator(String panelId, PanelMember member) {
    }

    /** The certificate a panel's results are signed with, pinned on the first import. */
    record ChairPin(String programCode, String panelId, String fingerprint, byte[] der, String signerName,
            Instant pinnedAt) {
    }

    /** Stores one imported result with all its rows; returns its id. */
    long insert(long roundId, PanelResultRecord header, PanelResult content);

    void markReplaced(long id, Instant at);

    /** Every imported version of every panel, by panel then version. */
    List<PanelResultRecord> all(long roundId);

    Optional<PanelResultRecord> current(long roundId, String panelId);

    boolean any(long roundId);

    List<PanelSheet> currentSheets(long roundId);

    List<PanelEvaluator> currentEvaluators(long roundId);

    /** The chairs' exclusions in the current results, receipt number → written reason. */
    Map<String, String> currentExclusions(long roundId);

    /** Recusals in the current results as receipt number → evaluator ids. */
    Map<String, List<String>> currentRecusals(long roundId);

    /** What the chair signed for each application of a stored result. */
    List<PanelResult.Signed> signedOutcomes(long panelResultId);

    Optional<ChairPin> chairPin(String programCode, String panelId);

    void pinChair(ChairPin pin);
}
