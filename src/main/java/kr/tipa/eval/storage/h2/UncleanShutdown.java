package kr.tipa.eval.storage.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers a database file left by a crash (power cut, SIGKILL) before H2 opens it, so that no
 * commit that returned is lost.
 *
 * <p>Why: H2 2.5's MVStore writes each commit as a chunk, often into free space inside the file, and
 * records in each chunk where it expects the next one. When a chunk lands elsewhere it rewrites the
 * store header, but names the chunk <em>before</em> it (RandomAccessStore.writeChunk writes the header
 * before FileStore.storeBuffer sets lastChunk). H2's ordinary recovery follows the header and the
 * predictions, cannot reach that chunk or any chained after it, and opens the database as it was up
 * to twenty commits earlier, autosaved scores included. The kill test found it; CrashRecoveryTest
 * keeps it found. MVStore's recovery mode scans the whole file for the newest complete set of chunks
 * instead, and closing the store then writes a clean header that names it; H2 then opens the file as
 * a clean one.
 *
 * <p>An encrypted file (CIPHER=AES) is read through H2's own block cipher with the key H2 derives
 * from the file password, exactly as H2 would open it.
 */
final class UncleanShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(UncleanShutdown.class);
    private static final int HEADER_BYTES = 4096;

    private UncleanShutdown() {
    }

    /**
     * Recovers {@code file} when its store header does not say it was closed cleanly; {@code url} and
     * {@code password} are those the database is about to be opened with.
     */
    static void recover(Path file, String url, String password) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Optional<char[]> key = encryptionKey(url, password);
        if (header(file, key) != Header.UNCLEAN) {
            return;
        }
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).recoveryMode().autoCommitDisabled();
        key.ifPresent(builder::encryptionKey);
        try {
            builder.open().close();
            LOG.info("recovered {} after an unclean shutdown", file);
        } catch (MVStoreException e) {
            if (e.getErrorCode() != DataUtils.ERROR_FILE_LOCKED) {
                LOG.warn("could not recover {} before opening it; H2 recovers it itself", file, e);
            }
            // Locked: the database is open (in this JVM or another process), so it is not a crash's leftover.
        }
    }

    /**
     * The MVStore encryption key H2 uses for a CIPHER URL: the file password (before the space of the
     * login password) as FilePathEncrypt bytes, turned back into chars as org.h2.mvstore.db.Store does.
     */
    private static Optional<char[]> encryptionKey(String url, String password) {
        int space = password.indexOf(' ');
        if (!url.toUpperCase(Locale.ROOT).contains(";CIPHER=") || space < 0) {
            return Optional.empty();
        }
        char[] filePassword = password.substring(0, space).toCharArray();
        byte[] bytes = FilePathEncrypt.getPasswordBytes(filePassword);
        char[] key = new char[bytes.length / 2];
        for (int i = 0; i < key.length; i++) {
            key[i] = (char) (((bytes[i + i] & 255) << 16) | (bytes[i + i + 1] & 255));
        }
        Arrays.fill(filePassword, '\0');
        Arrays.fill(bytes, (byte) 0);
        return Optional.of(key);
    }

    /** What the store header (the first line of the file) says about the last shutdown. */
    enum Header {
        /** H2's clean-shutdown mark is there. */
        CLEAN,
        /** A store header without the mark: the process died with the store open. */
        UNCLEAN,
        /** Not a store header: unreadable, or read with a wrong password; H2 reports it, we touch nothing. */
        UNKNOWN
    }

    static Header header(Path file, Optional<char[]> key) {
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ)) {
            FileChannel channel = key.isEmpty() ? raw
                    : new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(key.get()), raw);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(HEADER_BYTES, channel.size()));
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
                // reads the header block
            }
            String header = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
            int end = header.indexOf('\n');
            if (end <= 0 || !header.startsWith("H:2,")) {
                return Header.UNKNOWN;
            }
            return Arrays.asList(header.substring(0, end).split(",")).contains("clean:1") ? Header.CLEAN
                    : Header.UNCLEAN;
        } catch (IOException | RuntimeException e) {
            return Header.UNKNOWN;
        }
    }
}
