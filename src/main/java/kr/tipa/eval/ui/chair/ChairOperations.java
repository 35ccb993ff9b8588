package kr.tipa.eval.ui.chair;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * What the chair's tabs share: the background tasks, a busy count, the last outcome in words, and the
 * refresh that follows every change (so that all four tabs always show the same state of the round). The
 * agency's desk runs its tabs with the same.
 */
public final class ChairOperations {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();
    private Runnable refresh = () -> { };

    public ChairOperations(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    public void setRefresh(Runnable refresh) {
        this.refresh = refresh;
    }

    public Messages messages() {
        return messages;
    }

    public IntegerProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public void say(String text) {
        statusIsError.set(false);
        status.set(text);
    }

    public void fail(Throwable e) {
        sayError(describe(e));
    }

    /** A refusal or failure already in words. */
    public void sayError(String text) {
        statusIsError.set(true);
        status.set(text);
    }

    /** A failure in words: a refusal's own reasons, else the exception's message. */
    public String describe(Throwable e) {
        if (e instanceof RefusedException refused) {
            return refused.render(messages);
        }
        return messages.get("chairui.error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }

    /** Reads on a worker thread; the result comes back on the FX thread. */
    public <T> void read(BackgroundTasks.Work<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        read("", work, then, failed);
    }

    /** As {@link #read}, with the window's status bar showing {@code title} while it runs (empty: nothing). */
    public <T> void read(String title, BackgroundTasks.Work<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        started();
        Consumer<T> succeeded = result -> {
            finished();
            then.accept(result);
        };
        Consumer<Throwable> refused = e -> {
            finished();
            failed.accept(e);
        };
        tasks.run(title, work, d -> { }, succeeded, refused);
    }

    /**
     * Writes on the writer thread, then reads every tab again. A failure is said in the status line unless
     * {@code failed} takes it.
     */
    public <T> void write(BackgroundTasks.Work<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        write("", work, then, failed);
    }

    /** As {@link #write(BackgroundTasks.Work, Consumer, Consumer)}, shown in the status bar as {@code title}. */
    public <T> void write(String title, BackgroundTasks.Work<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        started();
        Consumer<T> succeeded = result -> {
            finished();
            then.accept(result);
            refresh.run();
        };
        Consumer<Throwable> refused = e -> {
            finished();
            failed.accept(e);
            refresh.run();
        };
        tasks.write(title, work, succeeded, refused);
    }

    public <T> void write(BackgroundTasks.Work<T> work, Consumer<T> then) {
        write(work, then, this::fail);
    }

    private void started() {
        running.set(running.get() + 1);
    }

    private void finished() {
        running.set(running.get() - 1);
    }
}
