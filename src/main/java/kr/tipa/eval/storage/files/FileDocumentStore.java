package kr.tipa.eval.storage.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.io.DurableFiles;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.crypto.ChunkCipher;
import kr.tipa.eval.storage.crypto.DataKeys;
import kr.tipa.eval.storage.crypto.DecryptingInputStream;
import kr.tipa.eval.storage.crypto.EncryptingOutputStream;
import kr.tipa.eval.storage.crypto.FolderKeys;
import kr.tipa.eval.storage.crypto.KeyDerivation;
import kr.tipa.eval.storage.crypto.OwnerOnly;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents as files named by their SHA-256 under {@code documents/} of the data folder, staged under
 * {@code staging/} of the same folder and moved into place only when an import is accepted.
 *
 * <p>An import killed mid-way (power cut, SIGKILL, a crash) cannot delete its own staging area, so
 * every new import first sweeps the areas no running import owns. Ownership is an OS file lock on the
 * area's {@code .lock} file, which the OS drops when the owning process dies, so an area is never
 * taken from an import still running here or in another process.
 */
public final class FileDocumentStore implements DocumentStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileDocumentStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String LOCK = ".lock";
    /** Written into the lock file once it is locked: an empty, unlocked one is an area still being set up. */
    private static final byte[] OWNED = "owned".getBytes(StandardCharsets.US_ASCII);
    /** Setting an area up takes microseconds; one left empty and unlocked for this long was abandoned. */
    private static final Duration SETUP_GRACE = Duration.ofMinutes(1);

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
    public synchronized Staging beginStaging() throws IOException {
        try {
            sweepStaging();
        } catch (IOException e) {
            // Debris costs disk space, not correctness: the import goes on, a later one sweeps again.
            LOG.warn("could not sweep abandoned staging areas under {}", staging, e);
        }
        Optional<DataKeys> dataKeys = keys.keys();
        Path area = staging.resolve(UUID.randomUUID().toString());
        Files.createDirectories(area);
        OwnerOnly.folder(staging.getParent());
        OwnerOnly.folder(staging);
        FileChannel lock = FileChannel.open(area.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            lock.lock();
            lock.write(ByteBuffer.wrap(OWNED));
        } catch (IOException | RuntimeException e) {
            lock.close();
            deleteTree(area);
            throw e;
        }
        PipelinedWriter.ChunkSink sink = dataKeys.isEmpty() ? PipelinedWriter.plainFiles()
                : PipelinedWriter.streams(file -> new EncryptingOutputStream(Files.newOutputStream(file,
                        StandardOpenOption.CREATE_NEW), new ChunkCipher(dataKeys.get().documentKey())));
        return new FileStaging(area, lock, sink);
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

    /** Removes the staging areas that crashed imports left behind, and only those. */
    public synchronized void sweepStaging() throws IOException {
        if (!Files.isDirectory(staging)) {
            return;
        }
        List<Path> areas;
        try (Stream<Path> list = Files.list(staging)) {
            areas = list.toList();
        }
        for (Path area : areas) {
            if (abandoned(area)) {
                deleteTree(area);
            }
        }
        deleteIfEmpty(staging);
    }

    /** Whether no running import owns {@code area}; holds its lock while deciding so none can take it meanwhile. */
    private static boolean abandoned(Path area) throws IOException {
        if (!Files.isDirectory(area, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Path lockFile = area.resolve(LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return olderThanGrace(area);
        }
        try (channel) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            // Locked by us now: an owner that wrote its mark has died; no mark means one still setting up.
            return channel.size() > 0 || olderThanGrace(area);
        }
    }

    private static boolean olderThanGrace(Path path) throws IOException {
        Instant modified = Files.getLastModifiedTime(path).toInstant();
        return modified.isBefore(Instant.now().minus(SETUP_GRACE));
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
        private final FileChannel lock;
        private final PipelinedWriter writer;
        /** The documents this staging moved into the store, as opposed to those already there. */
        private final List<Path> placed = new java.util.ArrayList<>();
        private int next;
        /** Folders that received kept files: their entries reach the disk only when they are forced. */
        private final Set<Path> touched = new LinkedHashSet<>();

        FileStaging(Path area, FileChannel lock, PipelinedWriter.ChunkSink sink) {
            this.area = area;
            this.lock = lock;
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
            if (!Files.isDirectory(target.getParent())) {
                Files.createDirectories(target.getParent());
                touched.add(target.getParent().getParent());
            }
            touched.add(target.getParent());
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                placed.add(target);
            } catch (FileAlreadyExistsException e) {
                // The same content arrived twice in one bundle: one copy is enough.
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target);
                placed.add(target);
            }
        }

        @Override
        public void sync() throws IOException {
            for (Path folder : touched) {
                DurableFiles.forceFolder(folder);
            }
            touched.clear();
        }

        @Override
        public void takeBack() throws IOException {
            for (Path target : placed) {
                Files.deleteIfExists(target);
                deleteIfEmpty(target.getParent());
            }
            placed.clear();
            deleteIfEmpty(root);
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
            } finally {
                // Released before the lock file goes, so that no platform refuses to delete it.
                lock.close();
                deleteTree(area);
                deleteIfEmpty(staging);
            }
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try {
            Files.deleteIfExists(dir);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // Another import is staging at the same time.
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
