package kr.tipa.eval.ui.agency;

/** A file size as people read it: kilobytes below a megabyte (a test round's few KB are not "0.0 MB"). */
final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Sizes() {
    }

    static String of(long bytes) {
        if (bytes < MB) {
            return ((bytes + KB - 1) / KB) + " KB";
        }
        return String.format("%.1f MB", bytes / (double) MB);
    }
}
