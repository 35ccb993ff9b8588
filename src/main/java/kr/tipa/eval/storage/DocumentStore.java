package kr.tipa.eval.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import kr.tipa.eval.bundle.DocumentStaging;

/**
 * Documents kept beside the database, content-addressed by SHA-256. Staging happens inside the data
 * folder so that nothing is written elsewhere; a refused bundle's staging area is deleted whole.
 */
public interface DocumentStore {

    /** A fresh staging area for one import. */
    Staging beginStaging() throws IOException;

    /** Opens a kept document's bytes; the caller closes the stream. */
    InputStream open(String sha256) throws IOException;

    boolean contains(String sha256);

    /** One import's temporary files. */
    interface Staging extends DocumentStaging, AutoCloseable {

        /** Keeps a staged file under its hash (a no-op when that content is already kept). */
        void keep(Path staged, String sha256) throws IOException;

        /**
         * Makes what was kept survive a power cut (the folders that received files are forced to the
         * disk); called before the database records the import.
         */
        void sync() throws IOException;

        /**
         * Deletes the documents this staging put in place, none that were kept before it: the import that
         * kept them did not commit, and nothing of it may stay in the data folder.
         */
        void takeBack() throws IOException;

        /** Deletes whatever was staged and not kept. */
        @Override
        void close() throws IOException;
    }
}
