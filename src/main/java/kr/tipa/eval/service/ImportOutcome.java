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
 * @param agency    the agency's signature of a signed (version 2) bundle and how it was trusted; null for
 *                  version 1
 */
public record ImportOutcome(
        Kind kind,
        Round round,
        String bundleId,
        int versionNo,
        int applications,
        int withdrawn,
        Map<ScreeningStatus, Long> screening,
        List<BundleProblem> warnings,
        AgencyCheck agency) {

    public java.util.Optional<AgencyCheck> agencySignature() {
        return java.util.Optional.ofNullable(agency);
    }

    /**
     * Who signed the bundle for the agency.
     *
     * @param pinnedNow            this import pinned the certificate for the programme: its fingerprint is
     *                             to be confirmed with the agency (by phone, or against its letter)
     * @param checkedAgainstLetter the fingerprint was compared with the one given on the command line
     */
    public record AgencyCheck(String fingerprint, String signerName, boolean pinnedNow,
            boolean checkedAgainstLetter) {
    }

    public enum Kind {
        /** A new round. */
        IMPORTED,
        /** A new version of a round already held; scores kept. */
        NEW_VERSION,
        /** The same bundle again: nothing changed. */
        UNCHANGED
    }
}
