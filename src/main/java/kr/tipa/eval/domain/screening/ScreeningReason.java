package kr.tipa.eval.domain.screening;

import java.util.List;
import java.util.Objects;

/**
 * One reason with its particulars, e.g. E03 with the names of the missing documents.
 */
public record ScreeningReason(ScreeningCode code, List<String> details) {
    public ScreeningReason {
        Objects.requireNonNull(code, "code");
        details = List.copyOf(details);
    }

    public static ScreeningReason of(ScreeningCode code) {
        return new ScreeningReason(code, List.of());
    }
}
