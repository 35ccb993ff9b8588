package kr.tipa.eval.viewer;

/**
 * Raised inside a reader when a document is judged unreadable for a known reason; the renderer turns it
 * into an {@link UnreadableDocument}. It never leaves the package.
 */
final class DocumentRefused extends Exception {
    private static final long serialVersionUID = 1L;

    final String reasonKey;
    final transient Object[] args;

    DocumentRefused(String reasonKey, String detail, Object... args) {
        super(detail, null, false, false);
        this.reasonKey = reasonKey;
        this.args = args.clone();
    }

    UnreadableDocument toDocument(String fileName) {
        return UnreadableDocument.of(fileName, reasonKey, getMessage(), args);
    }
}
