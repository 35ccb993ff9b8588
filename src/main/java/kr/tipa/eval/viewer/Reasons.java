package kr.tipa.eval.viewer;

/**
 * Why a document is not shown: message keys of {@code i18n/messages*.properties}. The UI renders them in
 * the evaluator's language; each tells a non-technical reader what to do next.
 */
public final class Reasons {

    /** 배포용 HWP: the author protected it; Hancom Office shows it. */
    public static final String DISTRIBUTION = "viewer.reason.distribution";
    /** Needs a password or is DRM-protected (PDF, HWP, Office). */
    public static final String ENCRYPTED = "viewer.reason.encrypted";
    /** The bytes are not a readable document of the kind they claim. */
    public static final String CORRUPT = "viewer.reason.corrupt";
    /** A format the viewer does not show; {0} names what it is. */
    public static final String UNSUPPORTED = "viewer.reason.unsupported";
    /** Neither the name nor the bytes say what it is. */
    public static final String UNKNOWN_FORMAT = "viewer.reason.unknownFormat";
    /** The name says one format, the bytes a different one the viewer cannot show; {0} name, {1} content. */
    public static final String MISMATCH = "viewer.reason.mismatch";
    /** Larger than {@link Limits#maxFileBytes()}; {0} is the limit in MB. */
    public static final String TOO_LARGE = "viewer.reason.tooLarge";
    /** Its compressed parts inflate beyond the limits (a decompression bomb). */
    public static final String INFLATES_TOO_MUCH = "viewer.reason.inflatesTooMuch";
    /** An image declaring more pixels than {@link Limits#maxPixels()}; {0}×{1} are its declared size. */
    public static final String IMAGE_TOO_LARGE = "viewer.reason.imageTooLarge";
    /** Structures no honest document has (an XML DOCTYPE in an HWPX or DOCX part). */
    public static final String SUSPICIOUS = "viewer.reason.suspicious";
    /** Reading took longer than {@link Limits#timeout()}; {0} is the limit in seconds. */
    public static final String TIMEOUT = "viewer.reason.timeout";
    /** Reading needed more memory than the app has. */
    public static final String OUT_OF_MEMORY = "viewer.reason.outOfMemory";
    /** Nested too deeply to read (the parser ran out of stack). */
    public static final String TOO_COMPLEX = "viewer.reason.tooComplex";
    /** The file itself could not be read (missing, no permission). */
    public static final String FILE_UNREADABLE = "viewer.reason.fileUnreadable";
    /** The evaluator cancelled the opening. */
    public static final String CANCELLED = "viewer.reason.cancelled";
    /** Anything else; {0} is a short technical description. */
    public static final String FAILED = "viewer.reason.failed";

    private Reasons() {
    }
}
