package kr.tipa.eval.ui.agency;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import kr.tipa.eval.ui.tasks.FxTasks;

/**
 * The window's background tasks, with a gate a test can shut: once armed, the next work that reports progress
 * stops at its first report until the test opens the gate, so that a build can be cancelled half-way for sure.
 */
final class GatedTasks implements BackgroundTasks, AutoCloseable {

    private final FxTasks inner = new FxTasks();
    private volatile CountDownLatch paused;
    private volatile CountDownLatch release;

    void arm() {
        paused = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    /** Waits until the armed work stands at the gate. */
    void awaitPaused() throws InterruptedException {
        if (!paused.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the work never reported progress");
        }
    }

    void open() {
        release.countDown();
    }

    @Override
    public <T> Handle run(Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        return inner.run(p -> work.call(new Progress() {
            @Override
            public void update(long done, long total) {
                p.update(done, total);
                CountDownLatch gate = paused;
                if (gate != null && gate.getCount() > 0) {
                    gate.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public boolean cancelled() {
                return p.cancelled();
            }
        }), progress, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        inner.write(work, onSuccess, onFailure);
    }

    @Override
    public void close() {
        inner.close();
    }
}
