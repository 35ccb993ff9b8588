package kr.tipa.eval.storage.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Appends an import's documents to one pack file on a thread of its own while the caller goes on
 * reading: the import reads and hashes the next document while the previous one is sealed and written,
 * which on two cores nearly hides the cost of writing. Memory stays bounded by a small pool of 1 MB
 * buffers. Nothing is forced per document: {@link #force} makes the whole pack durable with one call,
 * where forcing a thousand files one by one cost the disk a thousand flushes.
 */
final class PackWriter implements AutoCloseable {

    /** Where one document's sealed bytes lie in the pack. */
    record Segment(long offset, long length) {
    }

    /** Wraps a document's segment as it is written: an encrypting stream, or the bytes as they are. */
    @FunctionalInterface
    interface Sealer {
        OutputStream open(OutputStream segment) throws IOException;
    }

    private static final int CHUNK = 1 << 20;
    private static final int BUFFERS = 6;

    private record Chunk(Object handle, byte[] data, int length, boolean last) {
    }

    private static final Chunk STOP = new Chunk(null, null, 0, true);

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Chunk> work = new ArrayBlockingQueue<>(BUFFERS + 2);
    private final Map<Object, CompletableFuture<Segment>> written = new ConcurrentHashMap<>();
    private final FileChannel channel;
    private final Counting out;
    private final Sealer sealer;
    private final Thread thread;
    private volatile IOException failure;

    PackWriter(Path pack, Sealer sealer) throws IOException {
        this.channel = FileChannel.open(pack, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.out = new Counting(new BufferedOutputStream(Channels.newOutputStream(channel), CHUNK));
        this.sealer = sealer;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[CHUNK]);
        }
        this.thread = Thread.ofPlatform().name("document-pack-writer").daemon().start(this::drain);
    }

    /** Queues {@code content} as the document {@code handle}; returns once it is all read. */
    void write(Object handle, InputStream content) throws IOException {
        written.put(handle, new CompletableFuture<>());
        boolean first = true;
        while (true) {
            byte[] buffer = take();
            int n = content.readNBytes(buffer, 0, CHUNK);
            boolean last = n < CHUNK;
            if (n == 0 && !first) {
                free.add(buffer);
                put(new Chunk(handle, null, 0, true));
                return;
            }
            put(new Chunk(handle, buffer, n, last));
            first = false;
            if (last) {
                return;
            }
        }
    }

    /** Waits until the document {@code handle} is completely in the pack (not yet forced) and says where. */
    Segment await(Object handle) throws IOException {
        CompletableFuture<Segment> done = written.get(handle);
        if (done == null) {
            throw new IllegalArgumentException("never written: " + handle);
        }
        return get(done);
    }

    /**
     * Writes out what is buffered and forces the pack to the disk, once for all its documents: an import
     * the database records as done must find them after a power cut, not only after a crash of the process.
     */
    void force() throws IOException {
        CompletableFuture<Segment> done = new CompletableFuture<>();
        Object marker = new Object();
        written.put(marker, done);
        put(new Chunk(marker, null, -1, true));
        get(done);
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            work.put(STOP);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        } finally {
            channel.close();
        }
    }

    private static Segment get(CompletableFuture<Segment> done) throws IOException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private void put(Chunk chunk) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            work.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private byte[] take() throws IOException {
        try {
            byte[] buffer = free.take();
            if (failure != null) {
                free.add(buffer);
                throw failure;
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private void drain() {
        Object current = null;
        OutputStream segment = null;
        long start = 0;
        while (true) {
            Chunk chunk;
            try {
                chunk = work.take();
            } catch (InterruptedException e) {
                return;
            }
            if (chunk == STOP) {
                return;
            }
            try {
                if (failure != null) {
                    // Whatever still waits (a document, the force) learns of the failure instead of waiting on.
                    CompletableFuture<Segment> waiting = written.get(chunk.handle());
                    if (waiting != null) {
                        waiting.completeExceptionally(failure);
                    }
                    continue;
                }
                if (chunk.length() < 0) {
                    out.flush();
                    written.get(chunk.handle()).complete(null);
                    continue;
                }
                if (!chunk.handle().equals(current)) {
                    current = chunk.handle();
                    start = out.count;
                    segment = sealer.open(new Unclosed(out));
                }
                if (chunk.length() > 0) {
                    segment.write(chunk.data(), 0, chunk.length());
                }
                // An empty document still opens its segment (above), so it gets its header and last chunk.
                if (chunk.last()) {
                    segment.close();
                    written.get(current).complete(new Segment(start, out.count - start));
                    current = null;
                    segment = null;
                }
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IOException io ? io : new IOException(e);
                written.values().forEach(f -> f.completeExceptionally(failure));
            } finally {
                if (chunk.data() != null) {
                    free.add(chunk.data());
                }
            }
        }
    }

    /** Counts what reaches the pack, so that each segment knows its offset without asking the channel. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** A segment's stream ends the segment, never the pack. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // the pack is flushed once, when it is forced
        }

        @Override
        public void close() {
            // the pack goes on
        }
    }
}
