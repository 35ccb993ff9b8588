package kr.tipa.eval.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading a signing identity out of a PKCS#12 file, ours or one exported from elsewhere. */
final class KeyStoreFiles {

    private static final Logger LOG = LoggerFactory.getLogger(KeyStoreFiles.class);

    /** A PKCS#12 with a key and a few certificates is a few KB; anything far bigger is not one. */
    private static final long MAX_BYTES = 1024 * 1024;
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private KeyStoreFiles() {
    }

    static SigningIdentity read(Path file, char[] password, Instant now) throws IdentityException {
        String name = String.valueOf(file.getFileName());
        KeyStore store = open(readBytes(file), password, name);
        return pick(store, password, now, name);
    }

    private static byte[] readBytes(Path file) throws IdentityException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IdentityException(IdentityException.Problem.NOT_A_KEYSTORE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IdentityException(IdentityException.Problem.UNREADABLE, e, String.valueOf(file.getFileName()));
        }
    }

    /**
     * The JDK's PKCS#12 first; BouncyCastle's second, because files exported by older Korean certificate
     * software may use ciphers (SEED) the JDK cannot decrypt.
     */
    private static KeyStore open(byte[] bytes, char[] password, String name) throws IdentityException {
        Exception jdkFailure;
        try {
            return load(KeyStore.getInstance("PKCS12"), bytes, password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (isWrongPassword(e)) {
                throw new IdentityException(IdentityException.Problem.WRONG_PASSWORD, e, name);
            }
            jdkFailure = e;
        }
        try {
            CryptoSetup.ensure();
            return load(KeyStore.getInstance("PKCS12", BouncyCastleProvider.PROVIDER_NAME), bytes, password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (isWrongPassword(e)) {
                throw new IdentityException(IdentityException.Problem.WRONG_PASSWORD, e, name);
            }
            LOG.debug("not a PKCS#12 file (JDK: {}; BouncyCastle: {})", jdkFailure.toString(), e.toString());
            throw new IdentityException(IdentityException.Problem.NOT_A_KEYSTORE, e);
        }
    }

    private static KeyStore load(KeyStore store, byte[] bytes, char[] password)
            throws IOException, GeneralSecurityException {
        store.load(new ByteArrayInputStream(bytes), password);
        return store;
    }

    /** The JDK reports a failed MAC or decryption as an IOException caused by UnrecoverableKeyException. */
    private static boolean isWrongPassword(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnrecoverableKeyException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("wrong password")) {
                return true;
            }
        }
        return false;
    }

    /** The first key entry, in file order, whose certificate may sign; an explicit refusal when there is none. */
    private static SigningIdentity pick(KeyStore store, char[] password, Instant now, String name)
            throws IdentityException {
        List<String> keyAliases = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keyAliases.add(alias);
                }
            }
            if (keyAliases.isEmpty()) {
                throw new IdentityException(IdentityException.Problem.NO_PRIVATE_KEY);
            }
            for (String alias : keyAliases) {
                List<X509Certificate> chain = x509Chain(store.getCertificateChain(alias));
                if (chain.isEmpty() || !canSign(chain.get(0))) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                if (key instanceof PrivateKey privateKey && "RSA".equals(privateKey.getAlgorithm())) {
                    // A few minutes of clock difference between machines is not worth refusing our own
                    // (backdated) certificates for: only an ended validity is refused here.
                    CertificateValidity.require(chain.get(0), now, true);
                    return SigningIdentity.of(privateKey, chain);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new IdentityException(IdentityException.Problem.WRONG_PASSWORD, e, name);
        } catch (GeneralSecurityException e) {
            throw new IdentityException(IdentityException.Problem.NOT_A_KEYSTORE, e);
        }
        throw new IdentityException(IdentityException.Problem.NOT_SIGNING_CAPABLE);
    }

    private static List<X509Certificate> x509Chain(Certificate[] chain) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (chain != null) {
            for (Certificate certificate : chain) {
                if (!(certificate instanceof X509Certificate x509)) {
                    return List.of();
                }
                certificates.add(x509);
            }
        }
        return certificates;
    }

    /**
     * POI signs with RSA only; and a certificate that limits its key to, say, encryption (the 공동인증서's
     * key-management certificate) must not be used for signatures.
     */
    static boolean canSign(X509Certificate certificate) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey)) {
            return false;
        }
        boolean[] usage = certificate.getKeyUsage();
        return usage == null
                || (usage.length > NON_REPUDIATION && (usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION]));
    }
}
