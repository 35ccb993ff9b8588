package kr.tipa.eval.ui.actions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.BackupService;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.StatusLine;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The whole data folder as one encrypted backup file (the folder's password opens it). */
public final class BackupAction {

    private final BackupService backups;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StatusLine status;

    public BackupAction(BackupService backups, BackgroundTasks tasks, Messages messages, StatusLine status) {
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
    }

    /** The file name offered, dated. */
    public String suggestedName(LocalDate today) {
        return messages.get("backup.fileName", today.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /** Writes the backup on the writer thread (after queued autosaves); {@code by} is recorded in the audit log. */
    public void backup(Path target, String by, Consumer<String> done, Consumer<String> failed) {
        status.say(messages.get("backup.window.running", String.valueOf(target.getFileName())));
        tasks.write(p -> {
            backups.backup(target, by);
            return target;
        }, t -> {
            status.say(messages.get("cli.backup.done", t));
            done.accept(messages.get("cli.backup.done", t));
        }, e -> {
            status.clear();
            failed.accept(Refusals.describe(e, messages));
        });
    }
}
