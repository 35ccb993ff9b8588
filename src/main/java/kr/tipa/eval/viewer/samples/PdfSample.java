package kr.tipa.eval.viewer.samples;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A PDF sample as written.
 *
 * @param hangul true when a Hangul font was embedded and the text is Korean; false when it was romanized
 * @param font   the font file used, empty when the standard Helvetica was
 */
public record PdfSample(Path file, int pages, boolean hangul, Optional<Path> font) {
}
