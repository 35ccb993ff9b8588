package kr.tipa.eval.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
 * Copies documents into a ZIP, each read once: reading threads load documents into pooled buffers and
 * hash them (SHA-256 for the listing, CRC-32 for the ZIP) while the writing thread stores the ones
 * before. Hashing costs more than reading or writing, so two lanes hash in turn (documents 0, 2, 4…
 * and 1, 3, 5…) and the writer takes them back in order. A loaded document is stored as it is (ZIP
 * method STORED: PDF, HWPX, DOCX, PNG and JPEG are compressed already, and deflating them again only
 * costs time); one larger than a buffer is streamed through the deflater instead, hashed as it goes.
 */
final class StreamedDocuments {

    /** One document to copy: its entry name, its content, and where its SHA-256 goes. */
    record Item(String name, BundleWriter.Content content, Consumer<String> sha256) {
    }

    /** Documents up to this size are loaded whole; a scanned appendix over it is streamed. */
    static final int LOADED = 8 * 1024 * 1024;
    /** Two lanes keep both cores of a small desk machine busy; more would only hold more buffers. */
    static final int LANES = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private static final int BUFFERS_PER_LANE = 2;
    private static final int STREAM_BUFFER = 256 * 1024;

    /** What a lane hands over. */
    private sealed interface Loaded permits Whole, TooLarge, Failed {
    }

    private record Whole(Item item, byte[] buffer, int length, String sha256, long crc) implements Loaded {
    }

    private record TooLarge(Item item, byte[] buffer) implements Loaded {
    }

    private record Failed(Throwable error) implements Loaded {
    }

    /** One reading thread's buffers and what it loaded, in its documents' order. */
    private record Lane(BlockingQueue<byte[]> free, BlockingQueue<Loaded> loaded) {

        static Lane withBuffers() {
            BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS_PER_LANE);
            for (int i = 0; i < BUFFERS_PER_LANE; i++) {
                free.add(new byte[LOADED]);
            }
            // One place more than buffers: a failure is always handed over without waiting.
            return new Lane(free, new ArrayBlockingQueue<>(BUFFERS_PER_LANE + 1));
        }
    }

    private final List<Item> items;
    private final int level;
    private final int lanes;

    StreamedDocuments(List<Item> items, int level) {
        this(items, level, LANES);
    }

    StreamedDocuments(List<Item> items, int level, int lanes) {
        this.items = items;
        this.level = level;
        this.lanes = Math.max(1, Math.min(lanes, items.size()));
    }

    void write(ZipOutputStream out, ReadProgress progress) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        List<Lane> lanesList = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int k = 0; k < lanes; k++) {
            Lane lane = Lane.withBuffers();
            int first = k;
            lanesList.add(lane);
            readers.add(Thread.ofPlatform().daemon().name("bundle-document-reader-" + k)
                    .start(() -> read(first, lane)));
        }
        try {
            long done = 0;
            for (int i = 0; i < items.size(); i++) {
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                Lane lane = lanesList.get(i % lanes);
                switch (take(lane.loaded())) {
                    case Failed failed -> throw rethrow(failed.error());
                    case Whole whole -> {
                        store(out, whole);
                        done += whole.length();
                        lane.free().add(whole.buffer());
                    }
                    case TooLarge large -> {
                        lane.free().add(large.buffer());
                        done += stream(out, large.item());
                    }
                }
                progress.progress(done, -1);
            }
        } finally {
            readers.forEach(Thread::interrupt);
        }
    }

    /** Loads and hashes documents {@code first}, {@code first + lanes}, … in turn. */
    private void read(int first, Lane lane) {
        Item item = null;
        try {
            MessageDigest digest = sha256();
            CRC32 crc = new CRC32();
            for (int i = first; i < items.size(); i += lanes) {
                item = items.get(i);
                byte[] buffer = lane.free().take();
                int length;
                try (InputStream in = item.content().open()) {
                    length = in.readNBytes(buffer, 0, buffer.length);
                    if (length == buffer.length && in.read() >= 0) {
                        lane.loaded().put(new TooLarge(item, buffer));
                        continue;
                    }
                }
                digest.reset();
                digest.update(buffer, 0, length);
                crc.reset();
                crc.update(buffer, 0, length);
                lane.loaded().put(new Whole(item, buffer, length, HexFormat.of().formatHex(digest.digest()),
                        crc.getValue()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | UncheckedIOException e) {
            lane.loaded().offer(new Failed(item == null ? e : DocumentReadException.of(item.name(), e)));
        } catch (RuntimeException | Error e) {
            lane.loaded().offer(new Failed(e));
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
        try (InputStream in = open(item)) {
            int n;
            while ((n = read(in, buffer, item)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        out.closeEntry();
        item.sha256().accept(HexFormat.of().formatHex(digest.digest()));
        return size;
    }

    private static InputStream open(Item item) throws DocumentReadException {
        try {
            return item.content().open();
        } catch (IOException | UncheckedIOException e) {
            throw DocumentReadException.of(item.name(), e);
        }
    }

    private static int read(InputStream in, byte[] buffer, Item item) throws DocumentReadException {
        try {
            return in.read(buffer);
        } catch (IOException | UncheckedIOException e) {
            throw DocumentReadException.of(item.name(), e);
        }
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
