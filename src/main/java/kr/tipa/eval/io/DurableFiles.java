package kr.tipa.eval.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a file is put in place: written beside its target under a temporary name readable by the
 * owner alone, forced to the disk, moved over the target in one step, and the move itself forced (the
 * folder entry). A crash, a power cut or a full USB stick leaves the old file or the new one, never half.
 */
public final class DurableFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DurableFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Writes a file's whole content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private DurableFiles() {
    }

    /** A new empty file in the target's folder (same file system, so the final move can be atomic). */
    public static Path tempBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (isPosix(folder)) {
            return Files.createTempFile(folder, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    /** Writes {@code target} through {@code content}, atomically and durably; readable by its owner only. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = tempBeside(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
                content.writeTo(out);
            }
            force(temp);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Forces a file's content to the disk (for a file another library wrote, before it is moved). */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Moves a finished, forced file over {@code target} in one step and forces the folder, so that the
     * new name survives a power cut too.
     */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a folder's entries to the disk; where folders cannot be opened (Windows), renames are already durable. */
    public static void forceFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (AccessDeniedException | UnsupportedOperationException e) {
            LOG.debug("cannot force the folder {}", folder, e);
        }
    }

    /** Gives {@code temp} the permissions of {@code model}, so rewriting a shared file keeps it shared. */
    public static void copyPermissions(Path model, Path temp) throws IOException {
        if (Files.exists(model) && isPosix(model.toAbsolutePath().getParent())) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(model));
        }
    }

    private static boolean isPosix(Path folder) {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    }
}
