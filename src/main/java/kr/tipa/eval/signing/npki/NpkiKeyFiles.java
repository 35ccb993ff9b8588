package kr.tipa.eval.signing.npki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A 공동인증서 as Korean certificate software leaves it on disk: a folder holding {@code signCert.der} and
 * {@code signPri.key} (the signing pair) beside {@code kmCert.der} and {@code kmPri.key} (the key-management
 * pair, for encryption only, which this class never opens).
 */
public final class NpkiKeyFiles {

    public static final String SIGN_CERT = "signCert.der";
    public static final String SIGN_KEY = "signPri.key";
    static final String KM_CERT = "kmCert.der";
    static final String KM_KEY = "kmPri.key";

    /** Both files are a few KB; anything far bigger is not one of them. */
    private static final long MAX_BYTES = 64 * 1024;

    private NpkiKeyFiles() {
    }

    /**
     * Whether {@code path} names a 공동인증서 as it sits on disk (its folder, or one of its four files) rather
     * than a PKCS#12 file.
     */
    public static boolean isNpki(Path path) {
        if (Files.isDirectory(path)) {
            return true;
        }
        String name = name(path);
        return Stream.of(SIGN_CERT, SIGN_KEY, KM_CERT, KM_KEY).anyMatch(n -> n.equalsIgnoreCase(name));
    }

    /**
     * Reads and decrypts the signing pair at {@code path}: the certificate's folder, its {@code signPri.key}
     * or its {@code signCert.der}; checks that the key is the certificate's.
     */
    public static NpkiKeyPair read(Path path, char[] password) throws NpkiException {
        Path folder = folderOf(path);
        Path certificateFile = find(folder, SIGN_CERT);
        Path keyFile = find(folder, SIGN_KEY);
        X509Certificate certificate = certificate(certificateFile);
        RSAPrivateCrtKey key = NpkiPrivateKeys.decrypt(bytes(keyFile, NpkiException.Problem.NOT_A_KEY), password, keyFile.toString());
        if (!(certificate.getPublicKey() instanceof RSAPublicKey rsa) || !rsa.getModulus().equals(key.getModulus())
                || !rsa.getPublicExponent().equals(key.getPublicExponent())) {
            throw new NpkiException(NpkiException.Problem.KEY_MISMATCH, keyFile.toString(), certificateFile.toString());
        }
        return new NpkiKeyPair(key, certificate, folder);
    }

    /** The certificate in a {@code signCert.der}. */
    public static X509Certificate certificate(Path file) throws NpkiException {
        byte[] der = bytes(file, NpkiException.Problem.NOT_A_CERTIFICATE);
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new NpkiException(NpkiException.Problem.NOT_A_CERTIFICATE, e, file.toString());
        }
    }

    private static Path folderOf(Path path) throws NpkiException {
        if (Files.isDirectory(path)) {
            return path;
        }
        String name = name(path);
        if (KM_CERT.equalsIgnoreCase(name) || KM_KEY.equalsIgnoreCase(name)) {
            throw new NpkiException(NpkiException.Problem.ENCRYPTION_PAIR, path.toString());
        }
        if (!Files.exists(path)) {
            throw new NpkiException(NpkiException.Problem.MISSING_FILE, path.toString());
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null) {
            throw new NpkiException(NpkiException.Problem.MISSING_FILE, path.resolveSibling(SIGN_CERT).toString());
        }
        return parent;
    }

    /**
     * The file of that name in {@code folder}; on a FAT-formatted USB drive the case may have changed, so a
     * name differing only in case is taken too.
     */
    static Path find(Path folder, String name) throws NpkiException {
        Path exact = folder.resolve(name);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        Optional<Path> other;
        try (Stream<Path> entries = Files.list(folder)) {
            other = entries.filter(p -> name.equalsIgnoreCase(name(p)) && Files.isRegularFile(p)).findFirst();
        } catch (IOException e) {
            other = Optional.empty();
        }
        return other.orElseThrow(() -> new NpkiException(NpkiException.Problem.MISSING_FILE, exact.toString()));
    }

    private static byte[] bytes(Path file, NpkiException.Problem tooBig) throws NpkiException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new NpkiException(tooBig, file.toString());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NpkiException(NpkiException.Problem.UNREADABLE, e, file.toString());
        }
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }
}
