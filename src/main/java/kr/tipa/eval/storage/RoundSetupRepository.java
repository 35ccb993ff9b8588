package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.Optional;
import kr.tipa.eval.domain.panel.RoundSetup;

/**
 * What signed (version 2) bundles bring: the agency's certificate pinned per programme, and each
 * round's panels, rosters, assignments, 제척 and blind flag as its newest version states them.
 */
public interface RoundSetupRepository {

    /** The certificate a programme's signed bundles must carry, pinned on the first of them. */
    record AgencyPin(String programCode, String fingerprint, byte[] der, String signerName, String bundleId,
            boolean checkedAgainstLetter, Instant pinnedAt) {
    }

    Optional<AgencyPin> agencyPin(String programCode);

    void pinAgency(AgencyPin pin);

    /** Replaces the round's setup with the one {@code bundleId} brings. */
    void replace(long roundId, String bundleId, String agencyFingerprint, RoundSetup setup);

    /** The round's setup; empty for a round held from version 1 bundles only. */
    Optional<RoundSetup> setup(long roundId);
}
