package kr.tipa.eval.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What a person is shown of a certificate: whom it names, who issued it, when it holds, and its fingerprint.
 * Names are read as they were written (a Korean CN stays Korean).
 *
 * @param commonName the subject's CN (the whole subject when it has none)
 * @param issuerName the issuer's O, else its CN — "yessign", "SignKorea", … for a 공동인증서
 */
public record CertificateSummary(String subject, String commonName, String issuer, String issuerName,
        Instant notBefore, Instant notAfter, Fingerprint fingerprint) {

    /** Certificates are issued and checked in Korea; their dates are shown in Korea time wherever the computer is. */
    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter KOREA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(KOREA);

    public CertificateSummary {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(commonName);
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(issuerName);
        Objects.requireNonNull(notBefore);
        Objects.requireNonNull(notAfter);
        Objects.requireNonNull(fingerprint);
    }

    public static CertificateSummary of(X509Certificate certificate) {
        return new CertificateSummary(CertificateNames.subjectText(certificate), CertificateNames.commonName(certificate),
                CertificateNames.issuerText(certificate), CertificateNames.issuerName(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), Fingerprint.of(certificate));
    }

    /** Loads what reads certificates' names, ahead of the first one shown (see {@code CertificateNames.load}). */
    public static void loadNameReader() {
        CertificateNames.load();
    }

    /** Whether the certificate holds at {@code now}: both ends included, as RFC 5280 §4.1.2.5 has it. */
    public boolean validAt(Instant now) {
        return !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }

    public boolean expiredAt(Instant now) {
        return now.isAfter(notAfter);
    }

    public boolean notYetValidAt(Instant now) {
        return now.isBefore(notBefore);
    }

    /** {@code 2025-03-25 23:59:59}, in Korea time. */
    public static String koreaTime(Instant instant) {
        return KOREA_TIME.format(instant);
    }
}
