package kr.tipa.eval.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.bundle.ReadBundle;
import kr.tipa.eval.model.ApplicationSummary;
import kr.tipa.eval.model.StoredApplication;

/** A round's applications and their documents. */
public interface ApplicationRepository {

    /**
     * Inserts the application, or replaces its data and documents when the round already has its
     * receipt number (a new version of the round); returns its id.
     */
    long upsert(long roundId, String bundleId, ReadBundle.Item item);

    /** Marks the round's applications missing from {@code present} as withdrawn (kept, not shown). */
    int withdrawAllBut(long roundId, Set<String> present);

    /** The round's current (not withdrawn) applications in receipt-number order. */
    List<StoredApplication> ofRound(long roundId);

    Optional<StoredApplication> find(long roundId, String receiptNo);

    /** The application.json of each current application, exactly as it was imported, by receipt number. */
    Map<String, String> dataOfRound(long roundId);

    /** The round's current applications in receipt-number order, without their data (fast, for lists). */
    List<ApplicationSummary> summaries(long roundId);
}
