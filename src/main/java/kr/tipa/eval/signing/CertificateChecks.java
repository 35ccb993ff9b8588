package kr.tipa.eval.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * XML-DSig proves only that the holder of a public key signed; the certificate around that key sits in
 * KeyInfo, which the signature does not cover. Anyone can wrap the evaluator's public key in a
 * certificate of their own naming someone else. What binds the certificate is the XAdES
 * SigningCertificate digest inside the signed properties: it must match the certificate shown.
 */
final class CertificateChecks {

    /** Santuario's secure validation refuses RSA keys under 1024 bits; we ask for what NIST still allows. */
    static final int MIN_RSA_BITS = 2048;

    private static final Map<String, String> DIGESTS = Map.of(
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

    private CertificateChecks() {
    }

    static boolean hold(X509Certificate signer, List<X509Certificate> chain,
            Optional<SignatureXml.CertDigest> committed) {
        if (signer == null || chain == null || chain.isEmpty() || !chain.get(0).equals(signer)) {
            return false;
        }
        if (!(signer.getPublicKey() instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            return false;
        }
        return committed.isPresent() && matches(signer, committed.get()) && linksHold(chain);
    }

    private static boolean matches(X509Certificate signer, SignatureXml.CertDigest committed) {
        String algorithm = DIGESTS.get(committed.algorithm());
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] actual = MessageDigest.getInstance(algorithm).digest(signer.getEncoded());
            return MessageDigest.isEqual(actual, committed.value());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Each certificate is signed by the next; a self-issued last one by itself. We do not decide trust
     * here (there is no CA offline: the chair trusts fingerprints), only that the chain is not forged.
     */
    private static boolean linksHold(List<X509Certificate> chain) {
        try {
            for (int i = 0; i + 1 < chain.size(); i++) {
                if (!chain.get(i).getIssuerX500Principal().equals(chain.get(i + 1).getSubjectX500Principal())) {
                    return false;
                }
                chain.get(i).verify(chain.get(i + 1).getPublicKey());
            }
            X509Certificate last = chain.get(chain.size() - 1);
            if (last.getIssuerX500Principal().equals(last.getSubjectX500Principal())) {
                last.verify(last.getPublicKey());
            }
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
