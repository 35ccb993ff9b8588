package kr.tipa.eval.signing;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Names read from certificates through BouncyCastle rather than {@code X500Principal.getName()}, which
 * escapes or re-encodes non-ASCII values: a Korean CN must come back exactly as it was written.
 */
final class CertificateNames {

    private CertificateNames() {
    }

    /**
     * Reads one name, so that the library is loaded before a certificate is first shown: BouncyCastle is a
     * signed jar, which the JVM verifies when a class of it is first loaded, and whose classes the
     * class-data archive cannot hold.
     */
    static void load() {
        X500Name name = X500Name.getInstance(BCStyle.INSTANCE,
                new javax.security.auth.x500.X500Principal("CN=tipa-eval, O=TIPA").getEncoded());
        attribute(name, BCStyle.CN);
        name.toString();
    }

    static X500Name subject(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded());
    }

    /** The CN, or the whole subject when a certificate has none (some issued certificates only carry O/OU). */
    static String commonName(X509Certificate certificate) {
        X500Name subject = subject(certificate);
        return attribute(subject, BCStyle.CN).orElseGet(subject::toString);
    }

    static Optional<String> organisation(X509Certificate certificate) {
        return attribute(subject(certificate), BCStyle.O);
    }

    static String subjectText(X509Certificate certificate) {
        return subject(certificate).toString();
    }

    static X500Name issuer(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getIssuerX500Principal().getEncoded());
    }

    static String issuerText(X509Certificate certificate) {
        return issuer(certificate).toString();
    }

    /** The issuer's O (a Korean CA's name, "yessign"), else its CN, else the whole issuer. */
    static String issuerName(X509Certificate certificate) {
        X500Name issuer = issuer(certificate);
        return attribute(issuer, BCStyle.O).or(() -> attribute(issuer, BCStyle.CN)).orElseGet(issuer::toString);
    }

    private static Optional<String> attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return Optional.of(value instanceof ASN1String text ? text.getString() : value.toString());
    }
}
