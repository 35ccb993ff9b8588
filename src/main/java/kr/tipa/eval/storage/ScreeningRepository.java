package kr.tipa.eval.storage;

import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.screening.ScreeningOverride;
import kr.tipa.eval.domain.screening.ScreeningResult;

/** Automatic screening results and the hand overrides over them. */
public interface ScreeningRepository {

    /** Replaces the stored automatic results of these applications (by receipt number). */
    void saveResults(long roundId, List<ScreeningResult> results);

    Map<String, ScreeningResult> results(long roundId);

    void addOverride(long applicationId, ScreeningOverride override);

    /** The newest override of each application that has one, by receipt number. */
    Map<String, ScreeningOverride> latestOverrides(long roundId);

    /** Every override ever made in the round, oldest first. */
    List<ScreeningOverride> overrideHistory(long roundId);
}
