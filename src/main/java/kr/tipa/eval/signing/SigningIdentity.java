package kr.tipa.eval.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A person who can sign: their private key, certificate chain (signer first), the name shown on screen
 * (the certificate's CN) and the certificate's fingerprint.
 */
public record SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain, String displayName,
        Fingerprint fingerprint) {

    public SigningIdentity {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing identity needs its certificate");
        }
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Name and fingerprint are taken from the signer's certificate, so they can never disagree with it. */
    public static SigningIdentity of(PrivateKey privateKey, List<X509Certificate> chain) {
        X509Certificate signer = chain.get(0);
        return new SigningIdentity(privateKey, chain, CertificateNames.commonName(signer), Fingerprint.of(signer));
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Subject, issuer, validity and fingerprint of the signing certificate, as shown to people. */
    public CertificateSummary summary() {
        return CertificateSummary.of(certificate());
    }

    /** Never prints the key: identities end up in log lines and assertion messages. */
    @Override
    public String toString() {
        return "SigningIdentity[" + displayName + ", " + fingerprint.shortForm() + "]";
    }
}
