package kr.tipa.eval.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an attached document for the plan viewer. Call it from a background task, never the FX thread:
 * an open may take up to {@link Limits#timeout()}. It returns within that time whatever the file holds,
 * and never throws for a bad document; only programming errors (a null argument) throw.
 */
public final class DocumentRenderer {

    /** Reads one format; may throw anything, which becomes a reason. */
    @FunctionalInterface
    interface FormatReader {
        RenderedDocument read(String fileName, Path file, Limits limits) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DocumentRenderer.class);

    private final Map<DocumentKind, FormatReader> readers;

    public DocumentRenderer() {
        this(standardReaders());
    }

    /** For tests: replace the reader of a format (a parser that hangs, one that runs out of memory). */
    DocumentRenderer(Map<DocumentKind, FormatReader> readers) {
        this.readers = new EnumMap<>(readers);
    }

    static Map<DocumentKind, FormatReader> standardReaders() {
        Map<DocumentKind, FormatReader> readers = new EnumMap<>(DocumentKind.class);
        readers.put(DocumentKind.PDF, PdfReading::read);
        readers.put(DocumentKind.HWP, HwpReading::read);
        readers.put(DocumentKind.HWPX, HwpxReading::read);
        readers.put(DocumentKind.DOCX, DocxReading::read);
        readers.put(DocumentKind.PNG, (name, file, limits) -> ImageReading.read(name, file, limits,
                DocumentKind.PNG));
        readers.put(DocumentKind.JPEG, (name, file, limits) -> ImageReading.read(name, file, limits,
                DocumentKind.JPEG));
        return readers;
    }

    public RenderedDocument open(String fileName, Path file) {
        return open(fileName, file, Limits.DEFAULT);
    }

    /**
     * @param fileName the name the applicant gave the file (its extension is a claim the bytes may overrule)
     * @param file     where its bytes are; read, never written
     */
    public RenderedDocument open(String fileName, Path file, Limits limits) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        long started = System.nanoTime();
        RenderedDocument document = Watchdog.run(fileName, limits.timeout(), () -> read(fileName, file, limits));
        LOG.debug("Opened {} as {} in {} ms", fileName, document.getClass().getSimpleName(),
                (System.nanoTime() - started) / 1_000_000);
        return document;
    }

    private RenderedDocument read(String fileName, Path file, Limits limits) throws Exception {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentRefused(Reasons.FILE_UNREADABLE, Failures.describe(e));
        }
        if (size > limits.maxFileBytes()) {
            throw new DocumentRefused(Reasons.TOO_LARGE, size + " bytes",
                    (limits.maxFileBytes() + Limits.MB - 1) / Limits.MB);
        }
        if (size == 0) {
            throw new DocumentRefused(Reasons.CORRUPT, "empty file");
        }
        return switch (DocumentKinds.detect(fileName, file)) {
            case Detection.Refused refused -> {
                LOG.info("Document {} not shown: {} ({})", LogSafe.name(fileName), refused.reason().key(), refused.detail());
                yield new UnreadableDocument(fileName, refused.reason(), refused.detail());
            }
            case Detection.Known known -> {
                FormatReader reader = readers.get(known.kind());
                if (reader == null) {
                    throw new DocumentRefused(Reasons.UNSUPPORTED, "no reader", known.kind().name());
                }
                yield reader.read(fileName, file, limits);
            }
        };
    }
}
