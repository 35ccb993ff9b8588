package kr.tipa.eval.viewer;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one parse on its own thread and waits at most the time limit. The third-party parsers (hwplib,
 * hwpxlib, POI, PDFBox's loader) cannot be cancelled, so a parse that overruns is abandoned: its thread is
 * interrupted, left to finish as a low-priority daemon, and whatever it produces late is closed. A fresh
 * thread per open means one stuck document never blocks the next.
 */
final class Watchdog {

    /** Work on one document; may throw anything, including errors. */
    @FunctionalInterface
    interface Work {
        RenderedDocument call() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private Watchdog() {
    }

    static RenderedDocument run(String fileName, Duration timeout, Work work) {
        CompletableFuture<RenderedDocument> result = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("document-reader-" + THREADS.incrementAndGet())
                .unstarted(() -> {
                    RenderedDocument document;
                    try {
                        document = work.call();
                    } catch (Throwable failure) {
                        // OutOfMemoryError and StackOverflowError end up here too: only this thread failed.
                        document = Failures.toDocument(fileName, failure, timeout);
                    }
                    if (!result.complete(document)) {
                        LOG.info("Document {} finished after its time limit; discarded", LogSafe.name(fileName));
                        document.close();
                    }
                });
        worker.setPriority(Thread.NORM_PRIORITY - 1);
        worker.start();
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return abandon(result, worker, fileName, new Deadline.Exceeded(false), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return abandon(result, worker, fileName, new Deadline.Exceeded(true), timeout);
        } catch (ExecutionException e) {
            // Never completed exceptionally; kept for the compiler.
            return Failures.toDocument(fileName, e.getCause(), timeout);
        }
    }

    private static RenderedDocument abandon(CompletableFuture<RenderedDocument> result, Thread worker,
            String fileName, Deadline.Exceeded why, Duration timeout) {
        UnreadableDocument refusal = Failures.toDocument(fileName, why, timeout);
        if (result.complete(refusal)) {
            worker.interrupt();
            LOG.warn("Gave up on document {} after {} ms; thread {} left to finish", LogSafe.name(fileName), timeout.toMillis(),
                    worker.getName());
            return refusal;
        }
        // The parse finished in the same instant: its result is already there.
        return result.join();
    }
}
