package kr.tipa.eval.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Copies documents into a ZIP, each read once: a reading thread loads the next document into one of a
 * few pooled buffers and hashes it (SHA-256 for the listing, CRC-32 for the ZIP) while the writing
 * thread stores the previous one. A loaded document is stored as it is (ZIP method STORED: PDF, HWPX,
 * DOCX, PNG and JPEG are compressed already, and deflating them again only costs time); one larger than
 * a buffer is streamed through the deflater instead, hashed as it goes.
 */
final class StreamedDocuments {

    /** One document to copy: its entry name, its content, and where its SHA-256 goes. */
    record Item(String name, BundleWriter.Content content, Consumer<String> sha256) {
    }

    /** Documents up to this size are loaded whole; a scanned appendix over it is streamed. */
    static final int LOADED = 8 * 1024 * 1024;
    private static final int POOL = 3;
    private static final int STREAM_BUFFER = 256 * 1024;

    /** What the reading thread hands over. */
    private sealed interface Loaded permits Whole, TooLarge, Failed, End {
    }

    private record Whole(Item item, byte[] buffer, int length, String sha256, long crc) implements Loaded {
    }

    private record TooLarge(Item item, byte[] buffer) implements Loaded {
    }

    private record Failed(Throwable error) implements Loaded {
    }

    private record End() implements Loaded {
    }

    private final List<Item> items;
    private final int level;

    StreamedDocuments(List<Item> items, int level) {
        this.items = items;
        this.level = level;
    }

    void write(ZipOutputStream out, ReadProgress progress) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            free.add(new byte[LOADED]);
        }
        BlockingQueue<Loaded> loaded = new ArrayBlockingQueue<>(POOL);
        Thread reader = Thread.ofPlatform().daemon().name("bundle-document-reader").start(() -> read(free, loaded));
        try {
            long done = 0;
            while (true) {
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                Loaded next = take(loaded);
                switch (next) {
                    case End end -> {
                        return;
                    }
                    case Failed failed -> throw rethrow(failed.error());
                    case Whole whole -> {
                        store(out, whole);
                        done += whole.length();
                        free.add(whole.buffer());
                    }
                    case TooLarge large -> {
                        free.add(large.buffer());
                        done += stream(out, large.item());
                    }
                }
                progress.progress(done, -1);
            }
        } finally {
            reader.interrupt();
        }
    }

    private void read(BlockingQueue<byte[]> free, BlockingQueue<Loaded> loaded) {
        try {
            MessageDigest digest = sha256();
            CRC32 crc = new CRC32();
            for (Item item : items) {
                byte[] buffer = free.take();
                int length;
                try (InputStream in = item.content().open()) {
                    length = in.readNBytes(buffer, 0, buffer.length);
                    if (length == buffer.length && in.read() >= 0) {
                        loaded.put(new TooLarge(item, buffer));
                        continue;
                    }
                }
                digest.reset();
                digest.update(buffer, 0, length);
                crc.reset();
                crc.update(buffer, 0, length);
                loaded.put(new Whole(item, buffer, length, HexFormat.of().formatHex(digest.digest()), crc.getValue()));
            }
            loaded.put(new End());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            loaded.offer(new Failed(e));
        }
    }

    private static void store(ZipOutputStream out, Whole whole) throws IOException {
        ZipEntry entry = new ZipEntry(whole.item().name());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(whole.length());
        entry.setCompressedSize(whole.length());
        entry.setCrc(whole.crc());
        out.putNextEntry(entry);
        out.write(whole.buffer(), 0, whole.length());
        out.closeEntry();
        whole.item().sha256().accept(whole.sha256());
    }

    /** A document over {@link #LOADED}: read again, deflated at the writer's level and hashed as it goes. */
    private long stream(ZipOutputStream out, Item item) throws IOException {
        ZipEntry entry = new ZipEntry(item.name());
        entry.setMethod(ZipEntry.DEFLATED);
        out.setLevel(level);
        out.putNextEntry(entry);
        MessageDigest digest = sha256();
        byte[] buffer = new byte[STREAM_BUFFER];
        long size = 0;
        try (InputStream in = item.content().open()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        out.closeEntry();
        item.sha256().accept(HexFormat.of().formatHex(digest.digest()));
        return size;
    }

    private static Loaded take(BlockingQueue<Loaded> loaded) throws IOException {
        try {
            return loaded.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing documents");
        }
    }

    private static IOException rethrow(Throwable error) {
        if (error instanceof IOException io) {
            return io;
        }
        if (error instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) error;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
