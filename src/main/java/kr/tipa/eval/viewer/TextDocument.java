package kr.tipa.eval.viewer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HWP, HWPX or DOCX read as text: the word processors' layout is not reproduced, the words are.
 *
 * @param title         what to call it on screen: the file name without its extension, which is how
 *                      evaluators know the attachments (document metadata titles are often a template's)
 * @param declaredTitle the title stored in the document's properties, "" when none
 * @param paragraphs    one entry per paragraph or table row (cells separated by tabs); "" marks a gap
 * @param truncated     the text was longer than {@link Limits#maxTextChars()} and was cut
 */
public record TextDocument(
        String fileName,
        DocumentKind kind,
        String title,
        String declaredTitle,
        List<String> paragraphs,
        boolean truncated) implements RenderedDocument {

    public TextDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        declaredTitle = declaredTitle == null ? "" : declaredTitle.strip();
        paragraphs = List.copyOf(paragraphs);
    }

    public Optional<String> metadataTitle() {
        return declaredTitle.isEmpty() ? Optional.empty() : Optional.of(declaredTitle);
    }

    /** The paragraphs joined by line breaks, for search and copy. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    /** True when the document holds no visible text at all (a blank form, for instance). */
    public boolean isBlank() {
        return paragraphs.stream().allMatch(String::isBlank);
    }
}
