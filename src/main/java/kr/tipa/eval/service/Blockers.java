package kr.tipa.eval.service;

import java.util.List;
import java.util.Map;

/** What stops a round from being finalised; empty lists mean nothing does. */
public record Blockers(List<String> needsReview, List<String> unacknowledgedAlerts,
        Map<String, List<String>> missingSheets) {

    public Blockers {
        needsReview = List.copyOf(needsReview);
        unacknowledgedAlerts = List.copyOf(unacknowledgedAlerts);
        missingSheets = Map.copyOf(missingSheets);
    }

    public boolean none() {
        return needsReview.isEmpty() && unacknowledgedAlerts.isEmpty() && missingSheets.isEmpty();
    }
}
