package kr.tipa.eval.storage.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.security.SecretUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a data folder is encrypted, and its keys. A folder with a key file is encrypted and needs the
 * password. A new folder is encrypted when a password is at hand; its key file is written only when the
 * database is first created, so that a refused import leaves nothing behind. A folder created by a
 * script without any password stays unencrypted (the command says so).
 */
public final class FolderKeys {

    private static final Logger LOG = LoggerFactory.getLogger(FolderKeys.class);

    private final Path folder;
    private final SecretSource secrets;
    private Optional<DataKeys> keys;
    private SaltFile pending;
    private volatile long derivationNanos;

    public FolderKeys(Path folder, SecretSource secrets) {
        this.folder = folder;
        this.secrets = secrets;
    }

    /** A folder that is never encrypted (tests of plain storage). */
    public static FolderKeys plain(Path folder) {
        FolderKeys keys = new FolderKeys(folder, SecretSource.NONE);
        keys.keys = Optional.empty();
        return keys;
    }

    /**
     * The folder's keys, or empty when it is not encrypted.
     *
     * @throws SecretUnavailableException when the folder is encrypted and no password is at hand
     */
    public synchronized Optional<DataKeys> keys() {
        if (keys != null) {
            return keys;
        }
        try {
            Optional<SaltFile> salt = SaltFile.read(folder);
            if (salt.isPresent()) {
                keys = Optional.of(derive(salt.get()));
            } else if (Files.exists(folder.resolve("tipa-eval.mv.db"))) {
                keys = Optional.empty();
            } else {
                keys = newFolder();
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<DataKeys> newFolder() {
        SaltFile salt = SaltFile.fresh();
        try {
            DataKeys derived = derive(salt);
            pending = salt;
            return Optional.of(derived);
        } catch (SecretUnavailableException e) {
            LOG.warn("no password at hand: the new data folder {} is not encrypted", folder);
            return Optional.empty();
        }
    }

    private DataKeys derive(SaltFile salt) {
        char[] password = secrets.secret();
        long start = System.nanoTime();
        try {
            return KeyDerivation.derive(password, salt.salt(), salt.iterations());
        } finally {
            derivationNanos = System.nanoTime() - start;
            Arrays.fill(password, '\0');
        }
    }

    /** How long the last key derivation (PBKDF2) took: what a start spends on purpose, for the benchmark. */
    public java.time.Duration lastDerivation() {
        return java.time.Duration.ofNanos(derivationNanos);
    }

    /** Writes the key file of a new encrypted folder (called as the database is created). */
    public synchronized void persist() {
        if (pending != null) {
            try {
                OwnerOnly.folder(folder);
                pending.write(folder);
                pending = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Forgets derived keys after a wrong password, so that the next attempt derives afresh. */
    public synchronized void forget() {
        keys = null;
        pending = null;
    }

    public boolean encrypted() {
        return keys().isPresent();
    }
}
