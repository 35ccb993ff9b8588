package kr.tipa.eval.ui.firstrun;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.BackupService;
import kr.tipa.eval.service.FolderService;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.StatusLine;
import kr.tipa.eval.ui.WindowSecrets;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * A new laptop: this (empty) data folder restored from a backup and opened with the backup's password
 * (the folder's password on the laptop it came from). A refusal leaves the folder empty.
 */
public final class RestoreViewModel {

    private final BackupService backups;
    private final FolderService folder;
    private final WindowSecrets secrets;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StatusLine status;
    private final Runnable restored;
    private final BooleanProperty restoring = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    /** @param restored runs once the folder is restored and open */
    public RestoreViewModel(BackupService backups, FolderService folder, WindowSecrets secrets, BackgroundTasks tasks,
            Messages messages, StatusLine status, Runnable restored) {
        this.backups = backups;
        this.folder = folder;
        this.secrets = secrets;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        this.restored = restored;
    }

    public BooleanProperty restoringProperty() {
        return restoring;
    }

    /** Why the restore was refused (the file named); empty otherwise. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Restores {@code backup} with {@code password}; the caller may clear its array once this returns. */
    public void restore(Path backup, char[] password) {
        error.set("");
        restoring.set(true);
        char[] copy = password.clone();
        tasks.write(messages.get("backup.window.restoring", String.valueOf(backup.getFileName())), p -> {
            backups.restore(backup, copy);
            return true;
        }, ok -> {
            status.say(messages.get("cli.restore.done", backup, folder.folder()));
            secrets.remember(copy);
            Arrays.fill(copy, '\0');
            tasks.run(p -> {
                folder.unlock();
                return true;
            }, d -> { }, open -> {
                restoring.set(false);
                restored.run();
            }, e -> {
                secrets.forget();
                failed(e);
            });
        }, e -> {
            Arrays.fill(copy, '\0');
            failed(e);
        });
    }

    private void failed(Throwable e) {
        restoring.set(false);
        status.clear();
        error.set(Refusals.describe(e, messages));
    }
}
