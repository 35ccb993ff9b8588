package kr.tipa.eval.viewer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractOption;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * HWP 5 through hwplib. The FileHeader is judged first, from the compound file itself: a password, DRM or
 * 배포용 (distribution) document is refused before hwplib touches it. hwplib 1.1.10 would in fact decrypt a
 * 배포용 document's ViewText, but its author protected it against copying, which a text view offers; Hancom
 * Office, reached through "open with the system viewer", shows it as the author intended. The compressed
 * streams are inflated once, counting, so that a decompression bomb is refused instead of exhausting the
 * heap inside hwplib.
 */
final class HwpReading {

    /** FileHeader property bits (HWP 5.0 file format, 표 3). */
    private static final int COMPRESSED = 1;
    private static final int PASSWORD = 1 << 1;
    private static final int DISTRIBUTION = 1 << 2;
    private static final int DRM = 1 << 4;
    private static final int CERTIFICATE_ENCRYPTED = 1 << 8;
    private static final int CERTIFICATE_DRM = 1 << 10;

    private static final String SIGNATURE = "HWP Document File";
    private static final long RATIO_FLOOR = 1024 * 1024;

    private HwpReading() {
    }

    static RenderedDocument read(String fileName, Path file, Limits limits) throws Exception {
        checkContainer(file, limits);
        HWPFile hwp = HWPReader.fromFile(file.toFile());
        TextExtractOption option = new TextExtractOption(TextExtractMethod.InsertControlTextBetweenParagraphText);
        option.setInsertParaHead(true);
        option.setWithControlChar(false);
        Paragraphs.Split text = Paragraphs.split(TextExtractor.extract(hwp, option), limits.maxTextChars());
        String declared = hwp.getSummaryInformation() == null ? "" : hwp.getSummaryInformation().getTitle();
        return new TextDocument(fileName, DocumentKind.HWP, Paragraphs.titleOf(fileName), declared,
                text.paragraphs(), text.truncated());
    }

    private static void checkContainer(Path file, Limits limits) throws IOException, DocumentRefused {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            int properties = properties(fs);
            if ((properties & (PASSWORD | DRM | CERTIFICATE_ENCRYPTED | CERTIFICATE_DRM)) != 0) {
                throw new DocumentRefused(Reasons.ENCRYPTED, "HWP properties 0x" + Integer.toHexString(properties));
            }
            if ((properties & DISTRIBUTION) != 0) {
                throw new DocumentRefused(Reasons.DISTRIBUTION, "HWP distribution document (배포용 문서)");
            }
            if ((properties & COMPRESSED) != 0) {
                Budget budget = new Budget(Math.max(RATIO_FLOOR, Math.min(limits.maxInflatedBytes(),
                        limits.maxCompressionRatio() * Files.size(file))));
                for (Entry entry : fs.getRoot()) {
                    inflateAll(entry, budget);
                }
            }
        }
    }

    private static int properties(POIFSFileSystem fs) throws IOException, DocumentRefused {
        byte[] header;
        try (InputStream in = fs.createDocumentInputStream("FileHeader")) {
            header = in.readNBytes(40);
        }
        if (header.length < 40
                || !new String(header, 0, SIGNATURE.length(), StandardCharsets.US_ASCII).equals(SIGNATURE)) {
            throw new DocumentRefused(Reasons.CORRUPT, "no HWP signature in FileHeader");
        }
        return (header[36] & 0xFF) | (header[37] & 0xFF) << 8 | (header[38] & 0xFF) << 16
                | (header[39] & 0xFF) << 24;
    }

    /** Streams that are raw deflate count what they inflate to; the rest count as stored. */
    private static void inflateAll(Entry entry, Budget budget) throws IOException, DocumentRefused {
        if (entry instanceof DirectoryEntry directory) {
            for (Entry child : directory) {
                inflateAll(child, budget);
            }
            return;
        }
        if (!(entry instanceof DocumentEntry document)) {
            return;
        }
        long inflated = 0;
        Inflater inflater = new Inflater(true);
        try (InputStream in = new InflaterInputStream(new DocumentInputStream(document), inflater, 64 * 1024)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                inflated += n;
                budget.check(entry.getName(), inflated);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("abandoned");
                }
            }
        } catch (ZipException | EOFException storedNotDeflated) {
            // Not a deflate stream (or a cut one): hwplib reads it as it is stored.
        } finally {
            inflater.end();
        }
        budget.add(Math.max(inflated, document.getSize()));
    }

    /** What all streams of one file may inflate to. */
    private static final class Budget {
        private final long limit;
        private long used;

        Budget(long limit) {
            this.limit = limit;
        }

        void check(String stream, long inflated) throws DocumentRefused {
            if (used + inflated > limit) {
                throw new DocumentRefused(Reasons.INFLATES_TOO_MUCH, stream + " inflates beyond " + limit + " bytes");
            }
        }

        void add(long bytes) {
            used += bytes;
        }
    }
}
