package kr.tipa.eval.ui.actions;

import java.nio.file.Path;
import java.util.function.Consumer;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.SheetExportService;
import kr.tipa.eval.ui.Notices;
import kr.tipa.eval.ui.Notices.Notice;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The evaluator's submitted sheets as a signed workbook for the chair (평가 › 서명된 평가표 파일 만들기). */
public final class ExportSheetsAction {

    private final SheetExportService exports;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Notices notices;

    public ExportSheetsAction(SheetExportService exports, BackgroundTasks tasks, Messages messages) {
        this(exports, tasks, messages, Notices.NONE);
    }

    /** @param notices told when the workbook is written or refused */
    public ExportSheetsAction(SheetExportService exports, BackgroundTasks tasks, Messages messages, Notices notices) {
        this.exports = exports;
        this.tasks = tasks;
        this.messages = messages;
        this.notices = notices;
    }

    /** The file name offered: the evaluator and the programme, as the chair files them. */
    public String suggestedName(String evaluatorId, Round round) {
        return messages.get("export.fileName", evaluatorId, round.programCode());
    }

    /** Writes and signs the workbook; {@code done} receives what to tell, {@code failed} why not. */
    public void export(Round round, String evaluatorId, Path target, Consumer<String> done, Consumer<String> failed) {
        tasks.run(messages.get("task.export", String.valueOf(target.getFileName())),
                p -> exports.export(round, evaluatorId, target), d -> { }, o -> {
                    String said = messages.get("sheets.window.exported", o.file(), o.seq(), o.sheets(),
                            o.fingerprint()) + (o.unsubmitted() > 0 ? "\n" + messages.get("cli.sheet.unsubmitted",
                            o.unsubmitted()) : "");
                    notices.finished(Notice.done(messages.get("notice.export.done"), said));
                    done.accept(said);
                }, e -> {
                    String why = Refusals.describe(e, messages);
                    notices.finished(Notice.failed(messages.get("notice.export.failed"), why));
                    failed.accept(why);
                });
    }
}
