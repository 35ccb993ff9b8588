package kr.tipa.eval.ui.actions;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** Checks any workbook's signature (파일 › 서명 확인) and says what it found. */
public final class VerifyAction {

    private final BackgroundTasks tasks;
    private final Messages messages;

    public VerifyAction(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    public void verify(Path workbook, Consumer<String> result) {
        tasks.run(messages.get("task.verify", String.valueOf(workbook.getFileName())), p -> String.join("\n", SheetImportService.verify(workbook).describe(messages, ZoneId.systemDefault())),
                d -> { }, result, e -> result.accept(String.valueOf(e.getMessage())));
    }
}
