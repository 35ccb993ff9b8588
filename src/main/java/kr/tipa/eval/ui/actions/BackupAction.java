package kr.tipa.eval.ui.actions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.BackupService;
import kr.tipa.eval.ui.Notices;
import kr.tipa.eval.ui.Notices.Notice;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.StatusLine;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The whole data folder as one encrypted backup file (the folder's password opens it). */
public final class BackupAction {

    private final BackupService backups;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StatusLine status;
    private final Notices notices;

    public BackupAction(BackupService backups, BackgroundTasks tasks, Messages messages, StatusLine status) {
        this(backups, tasks, messages, status, Notices.NONE);
    }

    /** @param notices told when the backup is written or refused (the window shows it if the user is elsewhere) */
    public BackupAction(BackupService backups, BackgroundTasks tasks, Messages messages, StatusLine status,
            Notices notices) {
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        this.notices = notices;
    }

    /** The file name offered, dated. */
    public String suggestedName(LocalDate today) {
        return messages.get("backup.fileName", today.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /** Writes the backup on the writer thread (after queued autosaves); {@code by} is recorded in the audit log. */
    public void backup(Path target, String by, Consumer<String> done, Consumer<String> failed) {
        tasks.write(messages.get("backup.window.running", String.valueOf(target.getFileName())), p -> {
            backups.backup(target, by);
            return target;
        }, t -> {
            String said = messages.get("cli.backup.done", t);
            status.say(said);
            notices.finished(Notice.done(messages.get("notice.backup.done"), said));
            done.accept(said);
        }, e -> {
            status.clear();
            String why = Refusals.describe(e, messages);
            notices.finished(Notice.failed(messages.get("notice.backup.failed"), why));
            failed.accept(why);
        });
    }
}
