package kr.tipa.eval.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** Refusing to sign with a certificate outside its validity, naming both its dates in Korea time. */
final class CertificateValidity {

    private CertificateValidity() {
    }

    /** Refuses an expired certificate; one not yet valid too unless {@code tolerateEarly}. */
    static void require(X509Certificate certificate, Instant now, boolean tolerateEarly) throws IdentityException {
        CertificateSummary summary = CertificateSummary.of(certificate);
        String from = CertificateSummary.koreaTime(summary.notBefore());
        String to = CertificateSummary.koreaTime(summary.notAfter());
        if (summary.expiredAt(now)) {
            throw new IdentityException(IdentityException.Problem.EXPIRED, from, to);
        }
        if (!tolerateEarly && summary.notYetValidAt(now)) {
            throw new IdentityException(IdentityException.Problem.NOT_YET_VALID, from, to);
        }
    }
}
