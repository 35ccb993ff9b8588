package kr.tipa.eval.viewer;

import java.awt.image.BufferedImage;
import java.util.Objects;

/** A PNG or JPEG, decoded. Its size was checked against {@link Limits#maxPixels()} before decoding. */
public record ImageDocument(String fileName, DocumentKind kind, BufferedImage image) implements RenderedDocument {

    public ImageDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(image, "image");
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
