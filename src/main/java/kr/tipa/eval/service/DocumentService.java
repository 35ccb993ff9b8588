package kr.tipa.eval.service;

import java.io.IOException;
import java.io.InputStream;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.storage.DocumentStore;

/** The applicants' attached documents as the viewer reads them, decrypted from the store. */
public final class DocumentService {

    private final DocumentStore store;

    public DocumentService(DocumentStore store) {
        this.store = store;
    }

    /** The document's content; the caller closes it. */
    public InputStream open(StoredDocument document) throws IOException {
        return store.open(document.sha256());
    }
}
