package kr.tipa.eval.viewer;

import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.i18n.Localizable;

/** What a file really is, judged from its bytes, beside what its name claims. */
public sealed interface Detection {

    /**
     * The bytes are a format the viewer shows.
     *
     * @param claimed the kind the file name's extension claims, if any; it may differ from {@code kind}
     */
    record Known(DocumentKind kind, Optional<DocumentKind> claimed) implements Detection {
        public Known {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(claimed, "claimed");
        }

        /** The name says one format and the bytes another (a .pdf that is really a DOCX): shown by the bytes. */
        public boolean nameMismatch() {
            return claimed.isPresent() && claimed.get() != kind;
        }
    }

    /** The viewer will not show it; the reason says why. */
    record Refused(Localizable reason, String detail) implements Detection {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }
}
