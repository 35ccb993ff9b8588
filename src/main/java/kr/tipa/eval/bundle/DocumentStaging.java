package kr.tipa.eval.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where the reader puts each document's bytes while it checks them, so that a bundle is read once.
 * Staged files are temporary: the importer keeps them only when the whole bundle is accepted.
 */
public interface DocumentStaging {

    /** Reads nothing into storage: for checking a bundle without importing it. */
    DocumentStaging DISCARD = content -> {
        content.transferTo(OutputStream.nullOutputStream());
        return null;
    };

    /** Copies {@code content} to a temporary place; null when it is not kept. */
    Path stage(InputStream content) throws IOException;
}
