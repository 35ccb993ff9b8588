package kr.tipa.eval.storage.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.crypto.ChunkCipher;
import kr.tipa.eval.storage.crypto.DataKeys;
import kr.tipa.eval.storage.crypto.DecryptingInputStream;
import kr.tipa.eval.storage.crypto.EncryptingOutputStream;
import kr.tipa.eval.storage.crypto.FolderKeys;
import kr.tipa.eval.storage.crypto.KeyDerivation;
import kr.tipa.eval.storage.crypto.OwnerOnly;
import java.util.Optional;

/**
 * Documents as files named by their SHA-256 under {@code documents/} of the data folder, staged under
 * {@code staging/} of the same folder and moved into place only when an import is accepted.
 */
public final class FileDocumentStore implements DocumentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path staging;
    private final FolderKeys keys;

    public FileDocumentStore(Path dataFolder, FolderKeys keys) {
        this.root = dataFolder.resolve("documents");
        this.staging = dataFolder.resolve("staging");
        this.keys = keys;
    }

    /** An unencrypted store (tests of plain storage). */
    public FileDocumentStore(Path dataFolder) {
        this(dataFolder, FolderKeys.plain(dataFolder));
    }

    @Override
    public Staging beginStaging() throws IOException {
        Optional<DataKeys> dataKeys = keys.keys();
        Path area = staging.resolve(UUID.randomUUID().toString());
        Files.createDirectories(area);
        OwnerOnly.folder(staging.getParent());
        OwnerOnly.folder(staging);
        PipelinedWriter.ChunkSink sink = dataKeys.isEmpty() ? PipelinedWriter.plainFiles()
                : PipelinedWriter.streams(file -> new EncryptingOutputStream(Files.newOutputStream(file,
                        java.nio.file.StandardOpenOption.CREATE_NEW), new ChunkCipher(dataKeys.get().documentKey())));
        return new FileStaging(area, sink);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Optional<DataKeys> dataKeys = keys.keys();
        InputStream in = Files.newInputStream(pathOf(sha256));
        return dataKeys.isEmpty() ? in : new DecryptingInputStream(in, new ChunkCipher(dataKeys.get().documentKey()));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Removes staging areas a crashed import left behind. */
    public void sweepStaging() throws IOException {
        if (Files.isDirectory(staging)) {
            deleteTree(staging);
        }
    }

    /** Plain stores name files by content hash; encrypted ones by a keyed hash of it (see KeyDerivation). */
    private Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        Optional<DataKeys> dataKeys = keys.keys();
        String name = dataKeys.isEmpty() ? sha256 : KeyDerivation.documentName(dataKeys.get().nameKey(), sha256);
        return root.resolve(name.substring(0, 2)).resolve(name);
    }

    private final class FileStaging implements Staging {
        private final Path area;
        private final PipelinedWriter writer;
        private int next;

        FileStaging(Path area, PipelinedWriter.ChunkSink sink) {
            this.area = area;
            this.writer = new PipelinedWriter(sink);
        }

        @Override
        public Path stage(InputStream content) throws IOException {
            Path file = area.resolve(Integer.toString(next++));
            writer.write(file, content);
            return file;
        }

        @Override
        public void keep(Path staged, String sha256) throws IOException {
            writer.await(staged);
            Path target = pathOf(sha256);
            if (Files.exists(target)) {
                return;
            }
            OwnerOnly.folder(root);
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // The same content arrived twice in one bundle: one copy is enough.
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target);
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
            deleteTree(area);
            try {
                Files.deleteIfExists(staging);
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // Another import is staging at the same time.
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
