package kr.tipa.eval.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
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
    private final ObjectProperty<Activity> activity = new SimpleObjectProperty<>(Activity.NONE);
    /** The titled work still running, oldest first; touched on the FX thread only. */
    private final List<Titled> titled = new ArrayList<>();

    /** One titled piece of work and the last progress it reported. */
    private static final class Titled {
        private final String title;
        private double progress = -1;

        Titled(String title) {
            this.title = title;
        }
    }

    /** How many tasks are running, for a busy indicator. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running;
    }

    /** The newest titled work still running, for the status bar; {@link Activity#NONE} when there is none. */
    public ReadOnlyObjectProperty<Activity> activityProperty() {
        return activity;
    }

    @Override
    public <T> Handle run(String title, Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        if (title.isBlank()) {
            return run(work, progress, onSuccess, onFailure);
        }
        Titled t = begin(title);
        return run(work, fraction -> {
            t.progress = fraction;
            show();
            progress.accept(fraction);
        }, result -> {
            end(t);
            onSuccess.accept(result);
        }, e -> {
            end(t);
            onFailure.accept(e);
        });
    }

    @Override
    public <T> void write(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (title.isBlank()) {
            write(work, onSuccess, onFailure);
            return;
        }
        Titled t = begin(title);
        write(work, result -> {
            end(t);
            onSuccess.accept(result);
        }, e -> {
            end(t);
            onFailure.accept(e);
        });
    }

    private Titled begin(String title) {
        Titled t = new Titled(title);
        onFx(() -> {
            titled.add(t);
            show();
        });
        return t;
    }

    private void end(Titled t) {
        titled.remove(t);
        show();
    }

    private void show() {
        activity.set(titled.isEmpty() ? Activity.NONE : new Activity(titled.getLast().title,
                titled.getLast().progress));
    }

    /** Callers are on the FX thread as a rule; from elsewhere the change queues behind what is queued already. */
    private static void onFx(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
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
