package kr.tipa.eval.signing.npki;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * One 공동인증서 found on disk.
 *
 * @param folder its folder, to give {@code evaluator import-key}
 * @param authority the CA folder it sits in (yessign, SignKorea, CrossCert, KICA, …), or empty
 * @param hasSigningKey whether {@code signPri.key} is beside the certificate
 */
public record NpkiEntry(Path folder, String authority, X509Certificate certificate, boolean hasSigningKey) {

    public NpkiEntry {
        Objects.requireNonNull(folder);
        Objects.requireNonNull(authority);
        Objects.requireNonNull(certificate);
    }
}
