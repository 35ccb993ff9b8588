package kr.tipa.eval.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;

/**
 * Counts what an entry really inflates to (the ZIP's own size fields may lie) and stops at the
 * entry limit, the bundle's total, or a compression ratio beyond the limit.
 */
final class LimitedInputStream extends FilterInputStream {

    /** Raised inside a read; the reader turns it into a refusal naming the entry. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Exceeded(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    /** Bytes inflated across the whole bundle, with progress reporting and cancellation. */
    static final class Budget {
        private final BundleLimits limits;
        private final ReadProgress progress;
        private final long toRead;
        private long total;
        private long reportedAt;

        Budget(BundleLimits limits, ReadProgress progress, long toRead) {
            this.limits = limits;
            this.progress = progress;
            this.toRead = Math.max(1, toRead);
        }

        void add(long bytes) throws Exceeded {
            total += bytes;
            if (total > limits.maxTotalBytes()) {
                throw new Exceeded("bundle.limit.total", limits.maxTotalBytes() / BundleLimits.MB);
            }
            if (total - reportedAt >= 1 << 20) {
                reportedAt = total;
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                progress.progress(Math.min(total, toRead), toRead);
            }
        }

        void finish() {
            progress.progress(toRead, toRead);
        }
    }

    private final BundleLimits limits;
    private final long compressedSize;
    private final Budget budget;
    private long count;

    LimitedInputStream(InputStream in, long compressedSize, BundleLimits limits, Budget budget) {
        super(in);
        this.compressedSize = compressedSize;
        this.limits = limits;
        this.budget = budget;
    }

    /** The bytes read so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 1), 8192)]));
    }

    private void counted(int n) throws IOException {
        count += n;
        if (count > limits.maxEntryBytes()) {
            throw new Exceeded("bundle.limit.entry", limits.maxEntryBytes() / BundleLimits.MB);
        }
        if (count > limits.ratioFloorBytes() && count > limits.maxCompressionRatio() * Math.max(compressedSize, 1)) {
            throw new Exceeded("bundle.limit.ratio", limits.maxCompressionRatio());
        }
        budget.add(n);
    }
}
