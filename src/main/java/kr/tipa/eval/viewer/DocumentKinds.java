package kr.tipa.eval.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.tipa.eval.i18n.Localizable;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells what a file is from its leading bytes, and for containers (OLE2, ZIP) from the parts inside.
 * The bytes decide: applicants rename files, and a .pdf that is really a DOCX should still be shown.
 */
public final class DocumentKinds {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentKinds.class);

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HWP3 = "HWP Document File V".getBytes(StandardCharsets.US_ASCII);
    /** Writers may put junk before the header; PDF readers look this far. */
    private static final int PDF_HEADER_WINDOW = 1024;

    static final String HWPX_MIMETYPE = "application/hwp+zip";

    private DocumentKinds() {
    }

    /** Reads at most the file's head and a container's directory; safe on any bytes. */
    public static Detection detect(String fileName, Path file) {
        Optional<DocumentKind> claimed = DocumentKind.fromFileName(fileName);
        byte[] head;
        try {
            head = head(file, PDF_HEADER_WINDOW);
        } catch (IOException e) {
            return refused(Reasons.FILE_UNREADABLE, e);
        }
        Detection detection = byContent(head, file, claimed);
        if (detection instanceof Detection.Known known && known.nameMismatch()) {
            LOG.info("{} is named as {} but its bytes are {}: shown as {}", LogSafe.name(fileName), known.claimed().get(),
                    known.kind(), known.kind());
        }
        return detection;
    }

    private static Detection byContent(byte[] head, Path file, Optional<DocumentKind> claimed) {
        if (startsWith(head, PNG)) {
            return new Detection.Known(DocumentKind.PNG, claimed);
        }
        if (startsWith(head, JPEG)) {
            return new Detection.Known(DocumentKind.JPEG, claimed);
        }
        if (startsWith(head, OLE2)) {
            return insideOle2(file, claimed);
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return insideZip(file, claimed);
        }
        if (startsWith(head, HWP3)) {
            return new Detection.Refused(Localizable.of(Reasons.UNSUPPORTED, "HWP 3.0"), "HWP 3.x");
        }
        // Searched after the containers: a ZIP may hold an uncompressed PDF near its start.
        if (indexOf(head, PDF) >= 0) {
            return new Detection.Known(DocumentKind.PDF, claimed);
        }
        String detail = "first bytes " + hex(head);
        if (claimed.isPresent()) {
            return new Detection.Refused(Localizable.of(Reasons.CORRUPT), "content is not " + claimed.get() + "; "
                    + detail);
        }
        return new Detection.Refused(Localizable.of(Reasons.UNKNOWN_FORMAT), detail);
    }

    /** HWP 5 is an OLE2 compound file with a FileHeader stream; so are old Word files and encrypted DOCX. */
    private static Detection insideOle2(Path file, Optional<DocumentKind> claimed) {
        Set<String> names = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            fs.getRoot().getEntryNames().forEach(names::add);
        } catch (IOException | RuntimeException e) {
            return refused(Reasons.CORRUPT, e);
        }
        if (names.contains("FileHeader")) {
            return new Detection.Known(DocumentKind.HWP, claimed);
        }
        if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
            return new Detection.Refused(Localizable.of(Reasons.ENCRYPTED), "password-protected Office document");
        }
        String what = names.contains("WordDocument") ? "Word 97-2003 (.doc)"
                : names.contains("Workbook") || names.contains("Book") ? "Excel 97-2003 (.xls)"
                : names.contains("PowerPoint Document") ? "PowerPoint 97-2003 (.ppt)" : "OLE2";
        return mismatchOrUnsupported(claimed, what);
    }

    /** HWPX and DOCX are both ZIPs; their parts tell them apart. */
    private static Detection insideZip(Path file, Optional<DocumentKind> claimed) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && readSmall(zip, mimetype).startsWith(HWPX_MIMETYPE)
                    || zip.getEntry("Contents/section0.xml") != null) {
                return new Detection.Known(DocumentKind.HWPX, claimed);
            }
            if (zip.getEntry("word/document.xml") != null) {
                return new Detection.Known(DocumentKind.DOCX, claimed);
            }
            String what = zip.getEntry("xl/workbook.xml") != null ? "Excel (.xlsx)"
                    : zip.getEntry("ppt/presentation.xml") != null ? "PowerPoint (.pptx)" : "ZIP";
            return mismatchOrUnsupported(claimed, what);
        } catch (IOException | RuntimeException e) {
            return refused(Reasons.CORRUPT, e);
        }
    }

    private static Detection mismatchOrUnsupported(Optional<DocumentKind> claimed, String what) {
        if (claimed.isPresent()) {
            return new Detection.Refused(Localizable.of(Reasons.MISMATCH, claimed.get().name(), what),
                    "named " + claimed.get() + ", content " + what);
        }
        return new Detection.Refused(Localizable.of(Reasons.UNSUPPORTED, what), what);
    }

    private static String readSmall(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
        }
    }

    static byte[] head(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }

    private static Detection refused(String key, Exception e) {
        return new Detection.Refused(Localizable.of(key), Failures.describe(e));
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String hex(byte[] head) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(8, head.length); i++) {
            out.append(String.format("%02X", head[i] & 0xFF));
        }
        return out.toString();
    }
}
