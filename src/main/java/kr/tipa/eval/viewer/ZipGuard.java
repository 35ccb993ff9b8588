package kr.tipa.eval.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Inflates every part of an HWPX or DOCX once, counting, before a parser sees it. The parsers read the
 * same central directory through {@link ZipFile} (hwpxlib) or commons-compress (POI), so what passes here
 * is what they read: no part inflates beyond the limits, and no XML part carries a DOCTYPE. hwpxlib parses
 * with the JDK's default SAX settings, which resolve external entities; no honest HWPX or DOCX has a
 * DOCTYPE, so refusing one closes that door without touching global XML settings other code relies on.
 */
final class ZipGuard {

    /** Small parts compress oddly; the ratio is judged only beyond this. */
    private static final long RATIO_FLOOR = 1024 * 1024;
    private static final byte[][] DOCTYPE = {
        "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII),
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE),
    };

    private ZipGuard() {
    }

    static void check(Path file, Limits limits) throws IOException, DocumentRefused {
        long fileBytes = Files.size(file);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxArchiveEntries()) {
                throw new DocumentRefused(Reasons.SUSPICIOUS, zip.size() + " entries");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                boolean xml = isXml(entry.getName());
                DoctypeScanner scanner = new DoctypeScanner();
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        judge(entry, inflated, total, fileBytes, limits);
                        if (xml && scanner.found(buffer, n)) {
                            throw new DocumentRefused(Reasons.SUSPICIOUS, "DOCTYPE in " + entry.getName());
                        }
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedIOException("abandoned");
                        }
                    }
                }
            }
        }
    }

    private static void judge(ZipEntry entry, long inflated, long total, long fileBytes, Limits limits)
            throws DocumentRefused {
        if (total > limits.maxInflatedBytes()) {
            throw new DocumentRefused(Reasons.INFLATES_TOO_MUCH, "inflates beyond " + limits.maxInflatedBytes()
                    + " bytes at " + entry.getName());
        }
        long ratio = limits.maxCompressionRatio();
        // The entry's own compressed size may lie; the whole file's size cannot.
        if (inflated > RATIO_FLOOR && inflated > ratio * Math.max(entry.getCompressedSize(), 1)
                || total > RATIO_FLOOR && total > ratio * fileBytes) {
            throw new DocumentRefused(Reasons.INFLATES_TOO_MUCH, entry.getName() + " inflates more than "
                    + ratio + ":1");
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".hpf");
    }

    /** Finds a DOCTYPE even when it straddles two reads. */
    private static final class DoctypeScanner {
        private static final int KEEP = DOCTYPE[1].length - 1;
        private byte[] carry = new byte[0];

        boolean found(byte[] buffer, int length) {
            byte[] window = new byte[carry.length + length];
            System.arraycopy(carry, 0, window, 0, carry.length);
            System.arraycopy(buffer, 0, window, carry.length, length);
            for (byte[] pattern : DOCTYPE) {
                if (DocumentKinds.indexOf(window, pattern) >= 0) {
                    return true;
                }
            }
            int keep = Math.min(KEEP, window.length);
            carry = new byte[keep];
            System.arraycopy(window, window.length - keep, carry, 0, keep);
            return false;
        }
    }
}
