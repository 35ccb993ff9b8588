package kr.tipa.eval.storage.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes files on a thread of its own while the caller goes on reading: an import reads and hashes
 * the next document while the previous one reaches the disk, which on two cores nearly hides the
 * cost of writing. Memory stays bounded by a small pool of 1 MB buffers. Each file is forced to the
 * disk once written.
 */
final class PipelinedWriter implements AutoCloseable {

    /** Where chunks go: a plain file, or an encrypting stream over one. */
    interface ChunkSink {
        void open(Path file) throws IOException;

        void write(byte[] data, int length) throws IOException;

        void close() throws IOException;
    }

    /** Each file through an output stream made by {@code streams} (e.g. encrypting). */
    static ChunkSink streams(StreamFactory streams) {
        return new ChunkSink() {
            private java.io.OutputStream out;

            @Override
            public void open(Path file) throws IOException {
                out = streams.open(file);
            }

            @Override
            public void write(byte[] data, int length) throws IOException {
                out.write(data, 0, length);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** Opens the stream that one file is written through. */
    @FunctionalInterface
    interface StreamFactory {
        java.io.OutputStream open(Path file) throws IOException;
    }

    private static final int CHUNK = 1 << 20;
    private static final int BUFFERS = 6;
    private static final int FLUSHERS = 4;

    private record Chunk(Path file, byte[] data, int length, boolean last) {
    }

    private static final Chunk STOP = new Chunk(null, null, 0, true);

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Chunk> work = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Map<Path, CompletableFuture<Void>> written = new ConcurrentHashMap<>();
    private final ChunkSink sink;
    private final Thread thread;
    private final ExecutorService flushers = Executors.newFixedThreadPool(FLUSHERS,
            Thread.ofPlatform().name("document-flusher-", 1).daemon().factory());
    private volatile IOException failure;

    PipelinedWriter(ChunkSink sink) {
        this.sink = sink;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[CHUNK]);
        }
        this.thread = Thread.ofPlatform().name("document-writer").daemon().start(this::drain);
    }

    static ChunkSink plainFiles() {
        return new ChunkSink() {
            private FileChannel channel;

            @Override
            public void open(Path file) throws IOException {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }

            @Override
            public void write(byte[] data, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    /** Queues {@code content} to be written to {@code file}; returns once it is all read. */
    void write(Path file, InputStream content) throws IOException {
        written.put(file, new CompletableFuture<>());
        boolean first = true;
        while (true) {
            byte[] buffer = take(free);
            int n = content.readNBytes(buffer, 0, CHUNK);
            boolean last = n < CHUNK;
            if (n == 0 && !first) {
                free.add(buffer);
                put(new Chunk(file, null, 0, true));
                return;
            }
            put(new Chunk(file, buffer, n, last));
            first = false;
            if (last) {
                return;
            }
        }
    }

    /**
     * Forces a written file to the disk, here on the writer's thread while the caller reads on: an
     * import the database records as done must find its documents after a power cut, not only after a
     * crash of the process (which the page cache survives).
     */
    private static void durable(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(false);
        }
    }

    /**
     * Forcing on the writer's own thread would make it wait for the disk after every file (1,000 files:
     * 5 s more); the flushers wait instead, several at once, so the disk takes them together.
     */
    private void forceLater(Path file) {
        CompletableFuture<Void> done = written.get(file);
        flushers.execute(() -> {
            try {
                durable(file);
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
    }

    /** Waits until {@code file} is completely written (and on the disk). */
    void await(Path file) throws IOException {
        CompletableFuture<Void> done = written.get(file);
        if (done == null) {
            throw new IllegalArgumentException("never written: " + file);
        }
        try {
            done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            work.put(STOP);
            thread.join();
            flushers.shutdown();
            // A refused import deletes its staged files next: no flusher may still hold one open.
            flushers.awaitTermination(1, TimeUnit.MINUTES);
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

    private byte[] take(BlockingQueue<byte[]> queue) throws IOException {
        try {
            byte[] buffer = queue.take();
            if (failure != null) {
                queue.add(buffer);
                throw failure;
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private void drain() {
        Path current = null;
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
                if (failure == null) {
                    if (!chunk.file().equals(current)) {
                        sink.open(chunk.file());
                        current = chunk.file();
                    }
                    if (chunk.length() > 0) {
                        sink.write(chunk.data(), chunk.length());
                    }
                    // An empty file still opens its sink (above), so it gets its header and last chunk.
                    if (chunk.last()) {
                        sink.close();
                        current = null;
                        forceLater(chunk.file());
                    }
                }
            } catch (IOException e) {
                failure = e;
                written.values().forEach(f -> f.completeExceptionally(e));
            } finally {
                if (chunk.data() != null) {
                    free.add(chunk.data());
                }
            }
        }
    }
}
