package kr.tipa.eval.signing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files are written beside their target under a temporary name, flushed to disk, then moved over the
 * target in one step: a crash or a full USB stick leaves either the old file or the new one, never half.
 */
final class AtomicFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** A new empty file in the target's folder (same file system, so the final move can be atomic). */
    static Path tempBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (isPosix(folder)) {
            return Files.createTempFile(folder, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    /** Writes {@code bytes} to {@code target} atomically; on POSIX the file is readable by its owner only. */
    static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        Path temp = tempBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Flushes a file another library wrote, before it is moved into place. */
    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Gives {@code temp} the permissions of {@code model}, so signing in place keeps a shared file shared. */
    static void copyPermissions(Path model, Path temp) throws IOException {
        if (Files.exists(model) && isPosix(model.toAbsolutePath().getParent())) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(model));
        }
    }

    static void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isPosix(Path folder) {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    }
}
