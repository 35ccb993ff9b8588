package kr.tipa.eval.ui.tasks;

import java.util.function.Consumer;

/**
 * Where view models send database, file and signing work, so that the FX thread only draws. Results
 * and failures come back on the FX thread; a synchronous implementation runs everything inline for
 * view-model tests without the toolkit.
 */
public interface BackgroundTasks {

    /** Work that can report progress and notice cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What long work reports, and where it learns that it should stop. */
    interface Progress {
        void update(long done, long total);

        boolean cancelled();
    }

    /** A handle on running work. */
    interface Handle {
        void cancel();
    }

    /** Runs {@code work} on a worker thread; {@code progress} receives updates on the FX thread. */
    <T> Handle run(Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code work} on the single writer thread, after every write queued before it: autosave
     * keeps the order of keystrokes.
     */
    <T> void write(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run(Work, Consumer, Consumer, Consumer)}, for work the user waits on (an import, an export): the
     * window's status bar shows {@code title} and the progress while it runs. Autosaves and reads stay untitled,
     * so that the status bar does not flicker with every keystroke; a blank title is no title.
     */
    default <T> Handle run(String title, Work<T> work, Consumer<Double> progress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        return run(work, progress, onSuccess, onFailure);
    }

    /** As {@link #write(Work, Consumer, Consumer)}, shown in the status bar as {@code title} while it runs. */
    default <T> void write(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        write(work, onSuccess, onFailure);
    }
}
