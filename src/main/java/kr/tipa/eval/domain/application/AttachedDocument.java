package kr.tipa.eval.domain.application;

/** A file attached to an application; {@code file} is relative to the application's folder. */
public record AttachedDocument(DocumentType type, String file, String sha256) {

    /** The file's own name, without the folders before it. */
    public String fileName() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
