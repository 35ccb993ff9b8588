package kr.tipa.eval.viewer;

import java.time.Duration;
import java.util.Objects;

/**
 * What one open or one page render may cost. Attached documents come from applicants, so any of them
 * may be broken or hostile; these bounds keep a bad file from freezing or killing the evaluator's app.
 *
 * @param maxFileBytes        larger files are not opened (bundle-format.md caps a document at 200 MB)
 * @param timeout             wall-clock time for one open, one page render or one page's text
 * @param maxPixels           pixels of a decoded image or a rendered page; a larger page render is scaled down
 * @param pdfMemoryBytes      heap PDFBox may use for a document's streams before it spills to a temp file
 * @param maxInflatedBytes    what the compressed parts of a ZIP (HWPX, DOCX) or an HWP may inflate to, in all
 * @param maxCompressionRatio inflated to compressed, beyond which a part counts as a decompression bomb
 * @param maxArchiveEntries   entries of a ZIP container
 * @param maxTextChars        characters of text kept; a longer text is cut and marked truncated
 */
public record Limits(
        long maxFileBytes,
        Duration timeout,
        long maxPixels,
        long pdfMemoryBytes,
        long maxInflatedBytes,
        long maxCompressionRatio,
        int maxArchiveEntries,
        int maxTextChars) {

    public static final long MB = 1024L * 1024L;

    /** For the evaluator's laptop: generous for real plans, far below what would hurt a 2 GB heap. */
    public static final Limits DEFAULT = new Limits(
            200 * MB, Duration.ofSeconds(20), 40_000_000L, 64 * MB, 256 * MB, 100, 10_000, 20_000_000);

    public Limits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxFileBytes <= 0 || timeout.isNegative() || timeout.isZero() || maxPixels <= 0 || pdfMemoryBytes <= 0
                || maxInflatedBytes <= 0 || maxCompressionRatio <= 0 || maxArchiveEntries <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("every limit must be positive: maxFileBytes=" + maxFileBytes
                    + " timeout=" + timeout + " maxPixels=" + maxPixels + " pdfMemoryBytes=" + pdfMemoryBytes
                    + " maxInflatedBytes=" + maxInflatedBytes + " maxCompressionRatio=" + maxCompressionRatio
                    + " maxArchiveEntries=" + maxArchiveEntries + " maxTextChars=" + maxTextChars);
        }
    }

    public Limits withTimeout(Duration newTimeout) {
        return new Limits(maxFileBytes, newTimeout, maxPixels, pdfMemoryBytes, maxInflatedBytes,
                maxCompressionRatio, maxArchiveEntries, maxTextChars);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, timeout, maxPixels, pdfMemoryBytes, maxInflatedBytes, maxCompressionRatio,
                maxArchiveEntries, maxTextChars);
    }

    public Limits withMaxPixels(long pixels) {
        return new Limits(maxFileBytes, timeout, pixels, pdfMemoryBytes, maxInflatedBytes, maxCompressionRatio,
                maxArchiveEntries, maxTextChars);
    }

    public Limits withMaxInflatedBytes(long bytes) {
        return new Limits(maxFileBytes, timeout, maxPixels, pdfMemoryBytes, bytes, maxCompressionRatio,
                maxArchiveEntries, maxTextChars);
    }
}
