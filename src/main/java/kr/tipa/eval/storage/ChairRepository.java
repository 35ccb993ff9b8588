package kr.tipa.eval.storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.model.ChairDecision;
import kr.tipa.eval.model.Finalisation;

/** The chair's decisions over a round. */
public interface ChairRepository {

    void exclude(long applicationId, String reason, String by, Instant at);

    void include(long applicationId);

    /** Exclusions by receipt number. */
    Map<String, ChairDecision> exclusions(long roundId);

    void acknowledge(long applicationId, BigDecimal spread, String by, Instant at);

    Map<String, ChairDecision> acknowledgements(long roundId);

    void closeMissing(long applicationId, String evaluatorId, String by, Instant at);

    /** Closed missing sheets as receipt number → evaluator ids. */
    Map<String, List<String>> closedMissing(long roundId);

    void finalise(long roundId, String by, Instant at, String resultsSha256);

    Optional<Finalisation> finalisation(long roundId);
}
