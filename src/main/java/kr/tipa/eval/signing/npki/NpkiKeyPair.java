package kr.tipa.eval.signing.npki;

import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A 공동인증서's signing pair as read from disk: the decrypted key of {@code signPri.key} and the certificate
 * of {@code signCert.der} it was checked to belong to.
 *
 * @param folder the certificate's folder (…/NPKI/&lt;CA&gt;/USER/&lt;subject&gt;)
 */
public record NpkiKeyPair(RSAPrivateCrtKey privateKey, X509Certificate certificate, Path folder) {

    public NpkiKeyPair {
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(certificate);
        Objects.requireNonNull(folder);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "NpkiKeyPair[" + folder + "]";
    }
}
