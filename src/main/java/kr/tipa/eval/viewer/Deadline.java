package kr.tipa.eval.viewer;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A point in time after which work on a document stops. Parsers we control (PDFBox's content stream
 * engines) call {@link #check()} per operator, so a page of millions of operators or a closed document
 * ends the work promptly instead of running on.
 */
final class Deadline {

    /** Thrown from deep inside PDFBox; unchecked so that no IOException handler there swallows it. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean cancelled;

        Exceeded(boolean cancelled) {
            super(cancelled ? "cancelled" : "time limit passed", null, false, false);
            this.cancelled = cancelled;
        }
    }

    private final long endNanos;
    private final BooleanSupplier cancelled;

    private Deadline(long endNanos, BooleanSupplier cancelled) {
        this.endNanos = endNanos;
        this.cancelled = cancelled;
    }

    static Deadline after(Duration limit, BooleanSupplier cancelled) {
        return new Deadline(System.nanoTime() + limit.toNanos(), cancelled);
    }

    void check() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new Exceeded(true);
        }
        if (System.nanoTime() - endNanos > 0) {
            throw new Exceeded(false);
        }
    }
}
