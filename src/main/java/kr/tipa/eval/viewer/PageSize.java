package kr.tipa.eval.viewer;

/**
 * A page's size as it is displayed (rotation applied), in PDF points of 1/72 inch. The UI lays out pages
 * from these before any is rendered.
 */
public record PageSize(float widthPoints, float heightPoints) {

    /** Pixels at a resolution, before any reduction for {@link Limits#maxPixels()}. */
    public long pixelsAt(float dpi) {
        double scale = dpi / 72.0;
        return (long) Math.floor(widthPoints * scale) * (long) Math.floor(heightPoints * scale);
    }
}
