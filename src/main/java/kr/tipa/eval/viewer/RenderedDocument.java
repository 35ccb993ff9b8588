package kr.tipa.eval.viewer;

/**
 * What opening an attached document gave: pages to render, text, an image, or a reason it cannot be shown.
 * Only {@link PagedDocument} holds resources, but every result is closeable so the UI can treat them alike
 * (try-with-resources, or close when the view changes).
 */
public sealed interface RenderedDocument extends AutoCloseable
        permits PagedDocument, TextDocument, ImageDocument, UnreadableDocument {

    /** The name the applicant gave the file, as shown to the evaluator. */
    String fileName();

    @Override
    default void close() {
        // Nothing held.
    }
}
