package kr.tipa.eval.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import kr.tipa.eval.io.DurableFiles;
import kr.tipa.eval.signing.npki.NpkiKeyFiles;

/**
 * Creates, saves, loads and imports the identities evaluators sign with. Identities live in PKCS#12 files
 * protected by a password; this class never keeps a password, and never writes a key in the clear.
 */
public final class IdentityService {

    public static final int RSA_KEY_BITS = 3072;
    public static final Period VALIDITY = Period.ofYears(5);
    /** The alias our own files use; imported files keep theirs. */
    static final String ALIAS = "tipa-eval-signing";

    private final Clock clock;
    private final SecureRandom random;

    public IdentityService(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    public IdentityService() {
        this(Clock.systemUTC(), new SecureRandom());
    }

    /**
     * A new RSA key and a self-signed certificate naming the person.
     *
     * @param name the person's name as it should appear in the certificate's CN (Korean is kept as is)
     * @param affiliation their organisation (O), or {@code null}/blank for none
     */
    public SigningIdentity create(String name, String affiliation) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a signing identity needs a name");
        }
        CryptoSetup.ensure();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_KEY_BITS, random);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = SelfSignedCertificates.create(keys, name.strip(), affiliation,
                    clock.instant(), VALIDITY, random);
            return SigningIdentity.of(keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not create an RSA identity", e);
        }
    }

    /**
     * Writes the identity to a PKCS#12 file protected by {@code password}, atomically and (on POSIX file
     * systems) readable by the owner only. An existing file is replaced.
     */
    public void save(SigningIdentity identity, Path file, char[] password) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, identity.privateKey(), password,
                    identity.chain().toArray(new Certificate[0]));
            store.store(bytes, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("the identity could not be encoded as PKCS#12", e);
        }
        DurableFiles.write(file, bytes.toByteArray());
    }

    /** Reads an identity this class saved. */
    public SigningIdentity load(Path file, char[] password) throws IdentityException {
        return KeyStoreFiles.read(file, password, clock.instant());
    }

    /**
     * Reads an identity from outside: a {@code .p12}/{@code .pfx} (the first key entry whose certificate is an
     * RSA certificate allowed to sign), or a 공동인증서 as it sits on disk — its folder, or its
     * {@code signPri.key}/{@code signCert.der} — whose certificate must be valid now.
     */
    public SigningIdentity importFrom(Path file, char[] password) throws IdentityException {
        if (NpkiKeyFiles.isNpki(file)) {
            return NpkiIdentities.read(file, password, clock.instant());
        }
        return KeyStoreFiles.read(file, password, clock.instant());
    }
}
