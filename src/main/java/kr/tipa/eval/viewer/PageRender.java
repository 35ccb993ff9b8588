package kr.tipa.eval.viewer;

import java.awt.image.BufferedImage;
import java.util.Objects;
import kr.tipa.eval.i18n.Localizable;

/** The outcome of rendering one PDF page: an image, or why there is none. Never an exception. */
public sealed interface PageRender {

    /**
     * A rendered page.
     *
     * @param dpi           the resolution actually used; below the one asked for when {@code reduced}
     * @param reduced       the page was scaled down to stay within {@link Limits#maxPixels()}
     * @param imagesOmitted embedded images left out because they declared an absurd size
     */
    record Image(int pageIndex, BufferedImage image, float dpi, boolean reduced, int imagesOmitted)
            implements PageRender {
        public Image {
            Objects.requireNonNull(image, "image");
        }
    }

    /** The page could not be drawn; the other pages may still be. */
    record Failed(int pageIndex, Localizable reason, String detail) implements PageRender {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }
}
