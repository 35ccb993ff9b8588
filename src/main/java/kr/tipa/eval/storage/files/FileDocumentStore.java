package kr.tipa.eval.storage.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.io.DurableFiles;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.PackIndex;
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
 * Documents content-addressed by SHA-256. An import appends all its documents to one pack file in its
 * staging area under {@code staging/} of the data folder; when the import is accepted the pack is forced
 * to the disk once, moved to {@code packs/} and indexed ({@link PackIndex}) in the import's transaction.
 * Documents that earlier versions kept one file each under {@code documents/} (named by a keyed hash of
 * their SHA-256) are still read from there.
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

    private static final Pattern PACK = Pattern.compile("[0-9a-f-]{36}");
    private static final String PACK_SUFFIX = ".pack";

    private final Path root;
    private final Path packs;
    private final Path staging;
    private final FolderKeys keys;
    private final PackIndex index;

    public FileDocumentStore(Path dataFolder, FolderKeys keys, PackIndex index) {
        this.root = dataFolder.resolve("documents");
        this.packs = dataFolder.resolve("packs");
        this.staging = dataFolder.resolve("staging");
        this.keys = keys;
        this.index = index;
    }

    /** An unencrypted store (tests of plain storage). */
    public FileDocumentStore(Path dataFolder, PackIndex index) {
        this(dataFolder, FolderKeys.plain(dataFolder), index);
    }

    /** An unencrypted store without a database: it stages, and can keep nothing (tests of staging). */
    public FileDocumentStore(Path dataFolder) {
        this(dataFolder, PackIndex.NONE);
    }

    @Override
    public synchronized Staging beginStaging() throws IOException {
        try {
            sweepStaging();
            sweepPacks();
        } catch (IOException | RuntimeException e) {
            // Debris costs disk space, not correctness: the import goes on, a later one sweeps again.
            LOG.warn("could not sweep abandoned staging areas under {} or packs under {}", staging, packs, e);
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
        PackWriter.Sealer sealer = dataKeys.isEmpty() ? segment -> segment
                : segment -> new EncryptingOutputStream(segment, new ChunkCipher(dataKeys.get().documentKey()));
        try {
            return new FileStaging(area, lock, new PackWriter(area.resolve("pack"), sealer));
        } catch (IOException | RuntimeException e) {
            lock.close();
            deleteTree(area);
            throw e;
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        Optional<DataKeys> dataKeys = keys.keys();
        Optional<PackIndex.Entry> packed = index.find(checked(sha256));
        InputStream in = packed.isPresent() ? segment(packed.get()) : Files.newInputStream(pathOf(sha256));
        return dataKeys.isEmpty() ? in : new DecryptingInputStream(in, new ChunkCipher(dataKeys.get().documentKey()));
    }

    @Override
    public boolean contains(String sha256) {
        return index.find(checked(sha256)).isPresent() || Files.isRegularFile(pathOf(sha256));
    }

    /** One document's sealed bytes in its pack, and not one byte beyond them. */
    private InputStream segment(PackIndex.Entry entry) throws IOException {
        if (!PACK.matcher(entry.pack()).matches()) {
            throw new IOException("not a pack name: " + entry.pack());
        }
        FileChannel channel = FileChannel.open(packs.resolve(entry.pack() + PACK_SUFFIX), StandardOpenOption.READ);
        try {
            if (entry.offset() < 0 || entry.length() < 0 || entry.offset() + entry.length() > channel.size()) {
                throw new IOException("pack " + entry.pack() + " is shorter than its index says");
            }
            channel.position(entry.offset());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return new java.io.BufferedInputStream(new BoundedInputStream(Channels.newInputStream(channel),
                entry.length()), 1 << 16);
    }

    /**
     * Removes the packs that an import moved into place and then never committed (killed between the two):
     * no committed row names them and no staging area owns them. The area is looked at before the index,
     * so that an import that commits meanwhile is seen either way: by its area, or by its rows.
     */
    public synchronized void sweepPacks() throws IOException {
        if (!Files.isDirectory(packs)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(packs)) {
            files = list.toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.endsWith(PACK_SUFFIX)) {
                continue;
            }
            String pack = name.substring(0, name.length() - PACK_SUFFIX.length());
            if (Files.exists(staging.resolve(pack)) || index.references(pack)) {
                continue;
            }
            LOG.info("removing pack {} of an import that never committed", file);
            Files.deleteIfExists(file);
        }
    }

    private static String checked(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return sha256;
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
        private final PackWriter writer;
        /** The documents this import adds to the store, by SHA-256, in the order they were kept. */
        private final Map<String, PackWriter.Segment> kept = new LinkedHashMap<>();
        /** The pack once moved into {@code packs/}, so that a rolled-back import can take it back. */
        private Path placed;
        private int next;

        FileStaging(Path area, FileChannel lock, PackWriter writer) {
            this.area = area;
            this.lock = lock;
            this.writer = writer;
        }

        @Override
        public Path stage(InputStream content) throws IOException {
            // A handle, not a file: the bytes go into the area's one pack.
            Path handle = area.resolve("document-" + next++);
            writer.write(handle, content);
            return handle;
        }

        @Override
        public void keep(Path staged, String sha256) throws IOException {
            PackWriter.Segment segment = writer.await(staged);
            if (!kept.containsKey(checked(sha256)) && !contains(sha256)) {
                kept.put(sha256, segment);
            }
        }

        @Override
        public void sync() throws IOException {
            if (kept.isEmpty() || placed != null) {
                return;
            }
            writer.force();
            boolean created = !Files.isDirectory(packs);
            Files.createDirectories(packs);
            OwnerOnly.folder(packs);
            String pack = area.getFileName().toString();
            Path target = packs.resolve(pack + PACK_SUFFIX);
            Files.move(area.resolve("pack"), target, StandardCopyOption.ATOMIC_MOVE);
            placed = target;
            DurableFiles.forceFolder(packs);
            if (created) {
                DurableFiles.forceFolder(packs.getParent());
            }
            List<PackIndex.Entry> entries = new java.util.ArrayList<>(kept.size());
            kept.forEach((sha, s) -> entries.add(new PackIndex.Entry(sha, pack, s.offset(), s.length())));
            index.add(entries);
        }

        @Override
        public void takeBack() throws IOException {
            if (placed != null) {
                Files.deleteIfExists(placed);
                placed = null;
                deleteIfEmpty(packs);
            }
            kept.clear();
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

    /** At most {@code remaining} bytes of a stream positioned at a segment's start. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
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
