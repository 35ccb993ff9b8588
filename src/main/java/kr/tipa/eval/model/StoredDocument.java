package kr.tipa.eval.model;

import kr.tipa.eval.domain.application.DocumentType;

/** A document kept for the viewer; its bytes are in the {@link kr.tipa.eval.storage.DocumentStore} under {@code sha256}. */
public record StoredDocument(long id, int ordinal, DocumentType type, String file, String sha256, long size) {

    public String fileName() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
