package kr.tipa.eval.signing;

/**
 * What a workbook handed to us may not exceed before anything parses it. A score sheet is a few hundred
 * KB; the limits leave room for a hundred-sheet workbook while keeping a ZIP bomb from exhausting memory.
 *
 * @param maxFileBytes the file as stored (compressed)
 * @param maxTotalBytes all entries together, as really inflated (not as declared)
 * @param maxRatio the largest inflated/compressed ratio of one entry
 * @param ratioFloorBytes entries that inflate to less than this are not ratio-checked (tiny files compress oddly)
 * @param maxEntries entries in the central directory
 */
public record ZipLimits(long maxFileBytes, long maxTotalBytes, long maxRatio, long ratioFloorBytes, int maxEntries) {

    public static final long MB = 1024L * 1024L;

    public static final ZipLimits WORKBOOK = new ZipLimits(50 * MB, 500 * MB, 100, 4096, 10_000);

    public ZipLimits {
        if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || ratioFloorBytes < 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
