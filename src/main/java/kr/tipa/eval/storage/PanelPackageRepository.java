package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.List;

/** The panel packages the agency wrote from its rounds (round-authoring.md §2–3), newest last. */
public interface PanelPackageRepository {

    /**
     * One package file as it was handed out.
     *
     * @param roundBundleId the round's bundle it was split from (the round's newest version then)
     */
    record Written(String bundleId, long roundId, String panelId, String roundBundleId, String manifestSha256,
            String fileName, String fileSha256, int applications, boolean blind, String writtenBy, Instant writtenAt) {
    }

    void record(Written written);

    List<Written> ofRound(long roundId);
}
