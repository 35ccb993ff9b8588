package kr.tipa.eval.ui.firstrun;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.FolderService;
import kr.tipa.eval.service.WrongFolderPasswordException;
import kr.tipa.eval.ui.WindowSecrets;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The password: at start it must open the encrypted data folder; after idling it must be the session's.
 * Repeated misses wait longer each time, so that guessing is slow without punishing a typo.
 */
public final class UnlockViewModel {

    /** The longest wait between attempts, in seconds. */
    static final int MAX_WAIT = 30;

    private final FolderService folder;
    private final WindowSecrets secrets;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final boolean idle;
    private final Runnable unlocked;
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty retryAfter = new SimpleIntegerProperty();
    private int failures;

    /**
     * @param idle     true over the work after idling (the session's password), false at start (the folder's)
     * @param unlocked runs once the right password was given
     */
    public UnlockViewModel(FolderService folder, WindowSecrets secrets, BackgroundTasks tasks, Messages messages,
            boolean idle, Runnable unlocked) {
        this.folder = folder;
        this.secrets = secrets;
        this.tasks = tasks;
        this.messages = messages;
        this.idle = idle;
        this.unlocked = unlocked;
    }

    public String title() {
        return messages.get(idle ? "unlock.idle.title" : "unlock.title");
    }

    public String text() {
        return messages.get(idle ? "unlock.idle.text" : "unlock.text", folder.folder());
    }

    /** Why the last attempt failed; empty before any. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Seconds to wait before the next attempt; set anew (through 0) after every miss. */
    public ReadOnlyIntegerProperty retryAfterProperty() {
        return retryAfter;
    }

    public void unlock(char[] password) {
        error.set("");
        if (idle) {
            if (secrets.matches(password)) {
                failures = 0;
                unlocked.run();
            } else {
                wrongPassword();
            }
            return;
        }
        secrets.remember(password);
        tasks.run(p -> {
            folder.unlock();
            return true;
        }, d -> { }, ok -> {
            failures = 0;
            unlocked.run();
        }, e -> {
            secrets.forget();
            if (e instanceof WrongFolderPasswordException) {
                wrongPassword();
            } else {
                error.set(messages.get("ui.error.start", String.valueOf(e.getMessage())));
            }
        });
    }

    private void wrongPassword() {
        failures++;
        error.set(messages.get("unlock.wrong", failures));
        retryAfter.set(0);
        retryAfter.set(waitAfter(failures));
    }

    /** No wait after the first miss, then 1, 2, 4 … seconds, never more than {@link #MAX_WAIT}. */
    static int waitAfter(int failures) {
        return failures < 2 ? 0 : (int) Math.min(MAX_WAIT, 1L << Math.min(failures - 2, 30));
    }
}
