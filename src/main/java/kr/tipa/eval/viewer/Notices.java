package kr.tipa.eval.viewer;

/**
 * Message keys for what the UI should say beside a document that is shown, matching the flags of the
 * results: {@link PageRender.Image#reduced()}, {@link PageRender.Image#imagesOmitted()},
 * {@link TextDocument#truncated()}, {@link TextDocument#isBlank()}, {@link PagedDocument#copyAllowed()},
 * {@link Detection.Known#nameMismatch()}.
 */
public final class Notices {

    /** {0}: the dpi actually used, rounded to a whole number by the caller. */
    public static final String PAGE_REDUCED = "viewer.note.reduced";
    /** {0}: how many images. */
    public static final String IMAGES_OMITTED = "viewer.note.imagesOmitted";
    public static final String TEXT_TRUNCATED = "viewer.note.truncated";
    public static final String TEXT_BLANK = "viewer.note.blank";
    public static final String COPY_FORBIDDEN = "viewer.note.copyForbidden";
    /** {0}: the kind the name claims; {1}: the kind the bytes are. */
    public static final String NAME_MISMATCH = "viewer.note.nameMismatch";
    /** The button that hands an {@link ExternalCopy} to the desktop. */
    public static final String OPEN_EXTERNALLY = "viewer.action.openExternally";

    private Notices() {
    }
}
