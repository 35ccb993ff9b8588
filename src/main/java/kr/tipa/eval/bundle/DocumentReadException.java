package kr.tipa.eval.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A document could not be read while it was copied into a bundle (removed, cut short or unreadable
 * after it was looked at): names the entry it was going to, so the caller can name the source file.
 */
public final class DocumentReadException extends IOException {

    private final String entry;

    private DocumentReadException(String entry, IOException cause) {
        super(entry + ": " + cause.getMessage(), cause);
        this.entry = entry;
    }

    static DocumentReadException of(String entry, Exception error) {
        IOException cause = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) error;
        return cause instanceof DocumentReadException already ? already : new DocumentReadException(entry, cause);
    }

    /** The bundle entry the document was being written to ({@code applications/<receiptNo>/documents/…}). */
    public String entry() {
        return entry;
    }
}
