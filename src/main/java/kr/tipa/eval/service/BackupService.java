package kr.tipa.eval.service;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.storage.Snapshots;
import kr.tipa.eval.storage.crypto.ChunkCipher;
import kr.tipa.eval.storage.crypto.DecryptingInputStream;
import kr.tipa.eval.storage.crypto.EncryptingOutputStream;
import kr.tipa.eval.storage.crypto.KeyDerivation;
import kr.tipa.eval.storage.crypto.OwnerOnly;

/**
 * One encrypted file holding a whole data folder: a consistent copy of the database, the documents,
 * the signing keys and the key file, sealed with a key from the password (its own salt in the header),
 * restorable on another laptop with the password.
 */
public final class BackupService {

    private static final byte[] MAGIC = "TIPA-EVAL-BACKUP-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String DATABASE_ENTRY = "database.zip";

    private final Path folder;
    private final Snapshots snapshots;
    private final SecretSource secrets;
    private final HandOut handOut;

    public BackupService(Path folder, Snapshots snapshots, SecretSource secrets, HandOut handOut) {
        this.folder = folder;
        this.snapshots = snapshots;
        this.secrets = secrets;
        this.handOut = handOut;
    }

    public void backup(Path target, String by) {
        Path snapshot = folder.resolve("backup-snapshot.zip");
        try {
            Files.deleteIfExists(snapshot);
            snapshots.snapshotTo(snapshot);
            handOut.unsigned(target, partial -> writeSealed(snapshot, partial),
                    new HandOut.Note(by, "BACKUP", target.getFileName().toString(), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(snapshot);
        }
    }

    /** The snapshot, documents, keys and key file in one ZIP sealed with a key from the password. */
    private void writeSealed(Path snapshot, Path partial) throws IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        char[] password = secrets.secret();
        ChunkCipher cipher = new ChunkCipher(KeyDerivation.derive(password, salt, KeyDerivation.ITERATIONS)
                .documentKey());
        Arrays.fill(password, '\0');
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial));
                DataOutputStream header = new DataOutputStream(file)) {
            header.write(MAGIC);
            header.write(salt);
            header.writeInt(KeyDerivation.ITERATIONS);
            try (ZipOutputStream zip = new ZipOutputStream(new EncryptingOutputStream(file, cipher))) {
                add(zip, DATABASE_ENTRY, snapshot);
                for (String part : List.of("documents", "packs", "keys")) {
                    addTree(zip, folder.resolve(part));
                }
                Path keyFile = folder.resolve(kr.tipa.eval.storage.crypto.SaltFile.NAME);
                if (Files.exists(keyFile)) {
                    add(zip, keyFile.getFileName().toString(), keyFile);
                }
            }
        }
        OwnerOnly.file(partial);
    }

    private void addTree(ZipOutputStream zip, Path tree) throws IOException {
        if (!Files.isDirectory(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(zip, folder.relativize(file).toString().replace('\\', '/'), file);
            }
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** Restores a backup into this service's data folder, which must hold no database yet (see the other restore). */
    public void restore(Path backup, char[] password) {
        restore(backup, folder, password);
    }

    /**
     * Restores a backup into {@code target}, which must hold no database yet.
     *
     * @throws RefusedException when the target is in use
     * @throws IntegrityException when the file is not a backup, was changed, or the password is wrong
     */
    public static void restore(Path backup, Path target, char[] password) {
        if (Files.exists(target.resolve("tipa-eval.mv.db"))) {
            throw new RefusedException("backup.refused.targetInUse", target);
        }
        Path staging = target.resolve(".restore");
        try {
            OwnerOnly.folder(target);
            deleteTree(staging);
            OwnerOnly.folder(staging);
            try (InputStream file = new BufferedInputStream(Files.newInputStream(backup));
                    DataInputStream header = new DataInputStream(file)) {
                byte[] magic = header.readNBytes(MAGIC.length);
                if (!Arrays.equals(magic, MAGIC)) {
                    throw new IntegrityException("backup.refused.notBackup", backup.getFileName());
                }
                byte[] salt = header.readNBytes(16);
                int iterations = header.readInt();
                if (iterations < 10_000 || iterations > 10_000_000) {
                    throw new IntegrityException("backup.refused.notBackup", backup.getFileName());
                }
                ChunkCipher cipher = new ChunkCipher(KeyDerivation.derive(password, salt, iterations).documentKey());
                unzip(new ZipInputStream(new DecryptingInputStream(file, cipher)), staging, backup);
            }
            Path database = staging.resolve(DATABASE_ENTRY);
            if (!Files.exists(database)) {
                throw new IntegrityException("backup.refused.notBackup", backup.getFileName());
            }
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(database))) {
                unzip(zip, staging, backup);
            }
            Files.delete(database);
            try (Stream<Path> entries = Files.list(staging)) {
                for (Path entry : entries.toList()) {
                    Files.move(entry, target.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new IntegrityException("backup.refused.damaged", backup.getFileName(), String.valueOf(e.getMessage()));
        } finally {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // A leftover staging folder is named as such and swept next time.
            }
        }
    }

    /** Our own format, still checked: no entry may leave the folder. */
    private static void unzip(ZipInputStream zip, Path into, Path backup) throws IOException {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            Path file = into.resolve(entry.getName()).normalize();
            if (!file.startsWith(into) || entry.getName().contains("\\") || entry.isDirectory()) {
                throw new IntegrityException("backup.refused.notBackup", backup.getFileName());
            }
            Files.createDirectories(file.getParent());
            Files.copy(zip, file);
            OwnerOnly.file(file);
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Temporary file; nothing to do.
        }
    }
}
