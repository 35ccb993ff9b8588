package kr.tipa.eval.viewer;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadMemoryMappedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Loads a PDF with PDFBox. Decoded streams live in memory up to {@link Limits#pdfMemoryBytes()} and then in a
 * temp file, and the file itself is mapped, not copied, so a 200 MB PDF does not sit on the heap. Pages are not rendered here: {@link PagedDocument}
 * does that on demand.
 */
final class PdfReading {

    private PdfReading() {
    }

    static RenderedDocument read(String fileName, Path file, Limits limits) throws Exception {
        // Memory-mapped rather than read through a FileChannel: a channel closes itself for good when the
        // reading thread is interrupted, and the UI interrupts render tasks it no longer needs.
        RandomAccessRead source = new RandomAccessReadMemoryMappedFile(file);
        PDDocument document;
        try {
            // The empty password opens PDFs that only restrict printing or copying (an owner password).
            document = Loader.loadPDF(source, "", null, null,
                    MemoryUsageSetting.setupMixed(limits.pdfMemoryBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            source.close();
            throw new DocumentRefused(Reasons.ENCRYPTED, "PDF needs a password to open");
        } catch (Exception | Error e) {
            source.close();
            throw e;
        }
        try {
            // Walks the page tree now, inside the time limit, rather than later on the caller's thread.
            int pages = document.getNumberOfPages();
            if (pages <= 0) {
                throw new DocumentRefused(Reasons.CORRUPT, "PDF without pages");
            }
            boolean copyAllowed = document.getCurrentAccessPermission().canExtractContent();
            return new PagedDocument(fileName, document, pages, copyAllowed, limits);
        } catch (Exception | Error e) {
            document.close();
            throw e;
        }
    }
}
