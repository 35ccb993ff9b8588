package kr.tipa.eval.service;

import java.util.List;
import java.util.Map;

/**
 * What stops a round from being finalised; empty lists mean nothing does.
 *
 * @param missingPanels     on the agency's database: panels whose result has not been imported
 * @param provisionalPanels on the agency's database: panels whose imported result is 잠정 (not finalised)
 */
public record Blockers(List<String> needsReview, List<String> unacknowledgedAlerts,
        Map<String, List<String>> missingSheets, List<String> missingPanels, List<String> provisionalPanels) {

    public Blockers {
        needsReview = List.copyOf(needsReview);
        unacknowledgedAlerts = List.copyOf(unacknowledgedAlerts);
        missingSheets = Map.copyOf(missingSheets);
        missingPanels = List.copyOf(missingPanels);
        provisionalPanels = List.copyOf(provisionalPanels);
    }

    /** A round scored on this database (no panel results to wait for). */
    public Blockers(List<String> needsReview, List<String> unacknowledgedAlerts,
            Map<String, List<String>> missingSheets) {
        this(needsReview, unacknowledgedAlerts, missingSheets, List.of(), List.of());
    }

    public boolean none() {
        return needsReview.isEmpty() && unacknowledgedAlerts.isEmpty() && missingSheets.isEmpty()
                && missingPanels.isEmpty() && provisionalPanels.isEmpty();
    }
}
