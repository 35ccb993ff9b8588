package kr.tipa.eval.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.signing.IdentityException;
import kr.tipa.eval.signing.IdentityService;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.KeyRepository;

/**
 * The signing keys of this database's evaluators (and of its owner, who signs the result workbook):
 * each in a PKCS#12 file under {@code keys/} protected by the user's secret, its certificate also
 * stored in the database so that fingerprints show without the password.
 */
public final class KeyService implements SheetSigner {

    /** The holder name of the database owner's key (the chair's, for result workbooks). */
    public static final String OWNER = "_owner";

    private final Path folder;
    private final IdentityService identities;
    private final KeyRepository keys;
    private final SecretSource secrets;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, SigningIdentity> unlocked = new ConcurrentHashMap<>();

    public KeyService(Path folder, IdentityService identities, KeyRepository keys, SecretSource secrets, AuditLog audit,
            Clock clock) {
        this.folder = folder;
        this.identities = identities;
        this.keys = keys;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /** Asks for the secret now (before anything is written), so that a missing password stops cleanly. */
    public void requireSecret() {
        java.util.Arrays.fill(secrets.secret(), '\0');
    }

    /** Creates a key pair and self-signed certificate in the holder's name; returns its fingerprint. */
    public Fingerprint create(String holder, String name, String affiliation) {
        SigningIdentity identity = identities.create(name, affiliation);
        store(holder, identity, "CREATED");
        return identity.fingerprint();
    }

    /**
     * Takes the holder's key from outside — a .p12/.pfx, or a 공동인증서 as it sits on disk (its folder or its
     * signPri.key) — re-protected by the user's secret. Nothing is written unless the key opens and may sign.
     *
     * @throws RefusedException when the file cannot be opened with its password or holds no usable key
     */
    public SigningIdentity importFrom(String holder, Path source, char[] password) {
        return importFrom(holder, source, password, Optional.empty());
    }

    /**
     * As {@link #importFrom(String, Path, char[])}, and refused unless the certificate is {@code required} (the
     * round's roster names it): a key the chair would not accept is never taken.
     *
     * @throws RefusedException naming both fingerprints when the certificate is not the required one
     */
    public SigningIdentity importFrom(String holder, Path source, char[] password, Optional<Fingerprint> required) {
        SigningIdentity identity;
        try {
            identity = identities.importFrom(source, password);
        } catch (IdentityException e) {
            throw new RefusedException(e.message().key(), e.message().args().toArray());
        }
        if (required.isPresent() && !required.get().equals(identity.fingerprint())) {
            throw new RefusedException("keys.refused.notRoster", holder, String.valueOf(source),
                    required.get().value(), identity.fingerprint().value());
        }
        store(holder, identity, "IMPORTED");
        return identity;
    }

    private void store(String holder, SigningIdentity identity, String origin) {
        try {
            Files.createDirectories(folder);
            identities.save(identity, file(holder), secrets.secret());
            byte[] der = identity.certificate().getEncoded();
            keys.saveKey(new KeyRepository.StoredCertificate(holder, identity.fingerprint().value(), der, origin,
                    clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        unlocked.put(holder, identity);
        audit.append(holder, "KEY_" + origin, holder, Map.of("fingerprint", identity.fingerprint().value()));
    }

    public boolean has(String holder) {
        return keys.key(holder).isPresent() && Files.exists(file(holder));
    }

    public Optional<X509Certificate> certificate(String holder) {
        return keys.key(holder).map(c -> certificate(c.der()));
    }

    public Optional<Fingerprint> fingerprint(String holder) {
        return keys.key(holder).map(c -> new Fingerprint(c.fingerprint()));
    }

    /**
     * The holder's key, unlocked with the user's secret.
     *
     * @throws RefusedException when there is no key or the password is wrong
     */
    public SigningIdentity identity(String holder) {
        SigningIdentity identity = unlocked.get(holder);
        if (identity != null) {
            return identity;
        }
        if (!has(holder)) {
            throw new RefusedException("keys.refused.none", holder);
        }
        try {
            identity = identities.load(file(holder), secrets.secret());
        } catch (IdentityException e) {
            throw new RefusedException(e.message().key(), e.message().args().toArray());
        }
        unlocked.put(holder, identity);
        return identity;
    }

    /**
     * This database's owner key (the chair's result workbooks, the agency's signed rounds), made on first
     * use in {@code name}.
     *
     * @throws RefusedException when the password is wrong
     */
    public SigningIdentity ownerIdentity(String name) {
        if (!has(OWNER)) {
            create(OWNER, name, "");
        }
        return identity(OWNER);
    }

    /** SHA256withRSA over {@code content} with the holder's key; empty when the holder has no key. */
    @Override
    public byte[] sign(String holder, byte[] content) {
        if (!has(holder)) {
            return new byte[0];
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(identity(holder).privateKey());
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signatureBytes} is {@code certificate}'s signature of {@code content}. */
    public static boolean verify(X509Certificate certificate, byte[] content, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(certificate.getPublicKey());
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("stored certificate unreadable", e);
        }
    }

    private Path file(String holder) {
        return folder.resolve(holder + ".p12");
    }
}
