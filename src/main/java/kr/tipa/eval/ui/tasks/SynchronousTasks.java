package kr.tipa.eval.ui.tasks;

import java.util.function.Consumer;

/** Runs all work at once on the calling thread: for view-model tests and scripted use. */
public final class SynchronousTasks implements BackgroundTasks {

    @Override
    public <T> Handle run(Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        Progress p = new Progress() {
            @Override
            public void update(long done, long total) {
                progress.accept(total <= 0 ? -1.0 : (double) done / total);
            }

            @Override
            public boolean cancelled() {
                return cancelled[0];
            }
        };
        call(work, p, onSuccess, onFailure);
        return () -> cancelled[0] = true;
    }

    @Override
    public <T> void write(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        call(work, new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }, onSuccess, onFailure);
    }

    private static <T> void call(Work<T> work, Progress progress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(progress);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
