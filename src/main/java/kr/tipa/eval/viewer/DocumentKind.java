package kr.tipa.eval.viewer;

import java.util.Locale;
import java.util.Optional;

/** The document formats the plan viewer shows. What a file is comes from its bytes ({@link DocumentKinds}). */
public enum DocumentKind {
    PDF("pdf"),
    HWP("hwp"),
    HWPX("hwpx"),
    DOCX("docx"),
    PNG("png"),
    JPEG("jpg", "jpeg");

    private final String[] extensions;

    DocumentKind(String... extensions) {
        this.extensions = extensions;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions[0];
    }

    /** What the file name claims, which the bytes may contradict. */
    public static Optional<DocumentKind> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        for (DocumentKind kind : values()) {
            for (String candidate : kind.extensions) {
                if (candidate.equals(extension)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}
