package kr.tipa.eval.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The certificate the chair's database accepts for an evaluator's sheets.
 *
 * @param fingerprint SHA-256 of the certificate, {@code AB:CD:…}
 * @param confirmedBy who confirmed a first-import pin, null unless {@link PinSource#CONFIRMED}
 * @param confirmedAt when, null unless confirmed
 */
public record CertificatePin(String evaluatorId, String fingerprint, PinSource source, Instant pinnedAt,
        String confirmedBy, Instant confirmedAt) {

    public CertificatePin {
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pinnedAt, "pinnedAt");
    }

    /** Only a first-import pin waits for the chair's confirmation. */
    public boolean awaitsConfirmation() {
        return source == PinSource.FIRST_IMPORT;
    }

    public Optional<String> confirmer() {
        return Optional.ofNullable(confirmedBy);
    }

    /** The same pin as this round sees it: the round's roster names this very certificate. */
    public CertificatePin fromRoster() {
        return new CertificatePin(evaluatorId, fingerprint, PinSource.ROSTER, pinnedAt, confirmedBy, confirmedAt);
    }
}
