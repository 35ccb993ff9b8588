package kr.tipa.eval.bundle;

/**
 * What a bundle may not exceed (bundle-format.md): an entry over 200 MB, a total over 2 GB, a
 * compression ratio over 100:1. The JSON limits keep a hostile manifest from exhausting memory.
 *
 * @param ratioFloorBytes entries smaller than this are not ratio-checked (tiny files compress oddly)
 */
public record BundleLimits(
        long maxEntryBytes,
        long maxTotalBytes,
        long maxCompressionRatio,
        long ratioFloorBytes,
        long maxJsonBytes,
        int maxEntries,
        int maxProblemsReported) {

    public static final long MB = 1024L * 1024L;

    public static final BundleLimits SPEC = new BundleLimits(
            200 * MB, 2048 * MB, 100, 4096, 32 * MB, 200_000, 50);
}
