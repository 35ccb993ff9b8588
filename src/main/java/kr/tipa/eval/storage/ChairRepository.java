package kr.tipa.eval.storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chair's decisions over a round. */
public interface ChairRepository {

    /** A decision with who made it and when. */
    record Decision(String receiptNo, String detail, String by, Instant at) {
    }

    /** A round's finalisation and the hash of the results it signed off. */
    record Finalisation(String by, Instant at, String resultsSha256) {
    }

    void exclude(long applicationId, String reason, String by, Instant at);

    void include(long applicationId);

    /** Exclusions by receipt number. */
    Map<String, Decision> exclusions(long roundId);

    void acknowledge(long applicationId, BigDecimal spread, String by, Instant at);

    Map<String, Decision> acknowledgements(long roundId);

    void closeMissing(long applicationId, String evaluatorId, String by, Instant at);

    /** Closed missing sheets as receipt number → evaluator ids. */
    Map<String, List<String>> closedMissing(long roundId);

    void finalise(long roundId, String by, Instant at, String resultsSha256);

    Optional<Finalisation> finalisation(long roundId);
}
