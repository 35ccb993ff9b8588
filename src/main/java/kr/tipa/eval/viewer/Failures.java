package kr.tipa.eval.viewer;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import kr.tipa.eval.i18n.Localizable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns whatever a parser threw into a reason an evaluator can act on. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    static UnreadableDocument toDocument(String fileName, Throwable failure, Duration timeout) {
        Localizable reason = reason(failure, timeout);
        String detail = describe(failure);
        if (failure instanceof DocumentRefused || failure instanceof Deadline.Exceeded) {
            LOG.info("Document {} not shown: {} ({})", LogSafe.name(fileName), reason.key(), detail);
        } else {
            LOG.warn("Document {} not shown: {}", LogSafe.name(fileName), reason.key(), failure);
        }
        return new UnreadableDocument(fileName, reason, detail);
    }

    static Localizable reason(Throwable failure, Duration timeout) {
        return switch (failure) {
            case DocumentRefused refused -> Localizable.of(refused.reasonKey, refused.args);
            case Deadline.Exceeded exceeded when exceeded.cancelled -> Localizable.of(Reasons.CANCELLED);
            case Deadline.Exceeded _ -> Localizable.of(Reasons.TIMEOUT, wholeSeconds(timeout));
            case OutOfMemoryError _ -> Localizable.of(Reasons.OUT_OF_MEMORY);
            case StackOverflowError _ -> Localizable.of(Reasons.TOO_COMPLEX);
            case NoSuchFileException _, FileNotFoundException _, AccessDeniedException _ ->
                    Localizable.of(Reasons.FILE_UNREADABLE);
            // A parser's exception on an applicant's file means the file is broken, not the app.
            case Exception _ -> Localizable.of(Reasons.CORRUPT);
            default -> Localizable.of(Reasons.FAILED, failure.getClass().getSimpleName());
        };
    }

    /** Rounded up: "took longer than 0 seconds" would puzzle anyone. */
    static long wholeSeconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
