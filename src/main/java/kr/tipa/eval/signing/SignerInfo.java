package kr.tipa.eval.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One signature whose cryptography held: who signed (as their certificate says), and when (as their
 * computer's clock said — there is no time-stamping authority offline, so the time is the signer's claim).
 *
 * @param signingTime {@code null} when the signature carries no readable time
 * @param description the signature's comment (e.g. "tipa-eval 평가표"), empty when none
 */
public record SignerInfo(String commonName, String subject, X509Certificate certificate, Fingerprint fingerprint,
        Instant signingTime, String description) {

    public SignerInfo {
        Objects.requireNonNull(commonName);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(certificate);
        Objects.requireNonNull(fingerprint);
        description = description == null ? "" : description;
    }

    static SignerInfo of(X509Certificate certificate, Instant signingTime, String description) {
        return new SignerInfo(CertificateNames.commonName(certificate), CertificateNames.subjectText(certificate),
                certificate, Fingerprint.of(certificate), signingTime, description);
    }

    public Optional<Instant> signedAt() {
        return Optional.ofNullable(signingTime);
    }

    /** The certificate's issuer as written in it; the subject itself for a self-signed certificate. */
    public String issuer() {
        return CertificateNames.issuerText(certificate);
    }

    public Optional<String> organisation() {
        return CertificateNames.organisation(certificate);
    }
}
