package kr.tipa.eval.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of documents for "open with the system viewer" (Hancom Office, a PDF reader): the stored
 * documents are named by their SHA-256, which no desktop application recognises, so the copy carries the
 * applicant's file name. Copies live in one private folder (owner-only where the file system has POSIX
 * permissions; elsewhere the user's own temp folder, which is private to the user on Windows and macOS),
 * each in its own subfolder so two attachments of the same name do not collide. {@link #close()} deletes
 * them all (call it when the app exits); {@link #sweepStale(Path, Duration)} removes what a crashed run
 * left behind.
 */
public final class ExternalCopy implements AutoCloseable {

    static final String PREFIX = "tipa-eval-view-";
    private static final Logger LOG = LoggerFactory.getLogger(ExternalCopy.class);
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    /** File systems allow 255 bytes; a Korean syllable takes three of them in UTF-8. */
    private static final int MAX_NAME_BYTES = 200;

    private final Path folder;
    private final boolean posix;

    private ExternalCopy(Path folder, boolean posix) {
        this.folder = folder;
        this.posix = posix;
    }

    /** A private folder under the system temp folder. */
    public static ExternalCopy create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    public static ExternalCopy create(Path tempRoot) throws IOException {
        boolean posix = tempRoot.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path folder = posix
                ? Files.createTempDirectory(tempRoot, PREFIX, ownerOnly("rwx------"))
                : Files.createTempDirectory(tempRoot, PREFIX);
        // Last resort if neither close() nor the next start's sweep runs: the JVM deletes in reverse order.
        folder.toFile().deleteOnExit();
        return new ExternalCopy(folder, posix);
    }

    public Path folder() {
        return folder;
    }

    /** Writes a copy of {@code source} named {@code fileName} (made safe for any desktop OS). */
    public Path write(String fileName, Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return write(fileName, in);
        }
    }

    public Path write(String fileName, InputStream content) throws IOException {
        Path own = posix
                ? Files.createDirectory(folder.resolve(UUID.randomUUID().toString()), ownerOnly("rwx------"))
                : Files.createDirectory(folder.resolve(UUID.randomUUID().toString()));
        own.toFile().deleteOnExit();
        Path target = own.resolve(safeName(fileName));
        if (posix) {
            Files.createFile(target, ownerOnly("rw-------"));
        } else {
            Files.createFile(target);
        }
        target.toFile().deleteOnExit();
        try (var out = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            content.transferTo(out);
        } catch (IOException e) {
            // A half-written copy must never reach a viewer.
            deleteTree(own);
            throw e;
        }
        // Read-only, so the system viewer does not save edits into a copy that is about to vanish.
        if (!target.toFile().setWritable(false, false)) {
            LOG.debug("Could not make {} read-only", target);
        }
        return target;
    }

    /** Deletes every copy. A copy still open in a viewer on Windows may refuse; it is logged and left. */
    @Override
    public void close() {
        deleteTree(folder);
    }

    /** Deletes folders of earlier runs older than {@code age}; returns how many. */
    public static int sweepStale(Path tempRoot, Duration age) {
        int swept = 0;
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tempRoot, PREFIX + "*")) {
            for (Path candidate : folders) {
                FileTime modified = Files.getLastModifiedTime(candidate);
                if (Files.isDirectory(candidate) && modified.toInstant().isBefore(before)
                        && deleteTree(candidate)) {
                    swept++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not sweep old document copies in {}", tempRoot, e);
        }
        return swept;
    }

    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = FORBIDDEN.matcher(name).replaceAll("_").strip();
        // Windows drops trailing dots and spaces, and refuses device names.
        name = name.replaceAll("[. ]+$", "");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "document";
        }
        if (RESERVED.matcher(name).matches()) {
            name = "_" + name;
        }
        if (utf8Length(name) > MAX_NAME_BYTES) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            String stem = name.substring(0, name.length() - extension.length());
            while (utf8Length(stem + extension) > MAX_NAME_BYTES) {
                stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
            }
            name = stem + extension;
        }
        return name;
    }

    private static int utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static boolean deleteTree(Path root) {
        if (!Files.exists(root)) {
            return true;
        }
        boolean all = true;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    p.toFile().setWritable(true, true);
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    all = false;
                    LOG.warn("Could not delete document copy {}: {}", LogSafe.name(String.valueOf(p.getFileName())), e.getClass().getSimpleName());
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list document copies in {}", root, e);
            return false;
        }
        return all;
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
