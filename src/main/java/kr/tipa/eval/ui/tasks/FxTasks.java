package kr.tipa.eval.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work for the window: a small pool for reading and rendering, one ordered writer thread
 * for database writes. Callbacks run on the FX thread; progress updates are coalesced so that a fast
 * reader cannot flood the event queue.
 */
public final class FxTasks implements BackgroundTasks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTasks.class);

    private final ExecutorService pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
            .name("tipa-worker-", 1).factory());
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("tipa-writer").factory());
    private final IntegerProperty running = new SimpleIntegerProperty();

    /** How many tasks are running, for a busy indicator. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running;
    }

    @Override
    public <T> Handle run(Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicLong lastShown = new AtomicLong();
        Progress p = new Progress() {
            @Override
            public void update(long done, long total) {
                long now = System.nanoTime();
                if (now - lastShown.get() > 50_000_000L || done >= total) {
                    lastShown.set(now);
                    double fraction = total <= 0 ? -1.0 : (double) done / total;
                    Platform.runLater(() -> progress.accept(fraction));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        submit(pool, work, p, onSuccess, onFailure);
        return () -> cancelled.set(true);
    }

    @Override
    public <T> void write(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(writer, work, new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService executor, Work<T> work, Progress progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        Platform.runLater(() -> running.set(running.get() + 1));
        executor.execute(() -> {
            try {
                T result = work.call(progress);
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                if (!(e instanceof java.util.concurrent.CancellationException)) {
                    LOG.warn("background task failed", e);
                }
                Platform.runLater(() -> onFailure.accept(e));
            } finally {
                Platform.runLater(() -> running.set(running.get() - 1));
            }
        });
    }

    /** Lets queued writes finish (autosave must not be lost on closing the window). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("writes still pending at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
