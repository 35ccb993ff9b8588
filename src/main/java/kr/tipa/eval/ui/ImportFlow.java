package kr.tipa.eval.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.ui.MainWindowViewModel.Stage;
import kr.tipa.eval.ui.actions.ImportViewModel;
import kr.tipa.eval.ui.actions.ImportViewModel.ImportResult;
import kr.tipa.eval.ui.files.FilePrompts;

/**
 * How a bundle reaches the import, in the window: chosen in the menu or the empty state, dropped on the
 * window, or opened with the application (then it waits for the profile); and how the import ended, told
 * in a dialog (a refusal with its details — a signature refusal as such —, the question before a new
 * version, the agency's certificate fingerprint to confirm by phone when a signed round was first imported).
 */
final class ImportFlow {

    private final ImportViewModel imports;
    private final FilePrompts files;
    private final WindowDialogs dialogs;
    private final Messages messages;
    private final ObjectProperty<Stage> stage;

    ImportFlow(ImportViewModel imports, FilePrompts files, WindowDialogs dialogs, Messages messages,
            ObjectProperty<Stage> stage) {
        this.imports = imports;
        this.files = files;
        this.dialogs = dialogs;
        this.messages = messages;
        this.stage = stage;
    }

    /** Asks for a bundle and imports it. */
    void choose() {
        files.open(FilePrompts.Request.open(messages.get("import.choose"),
                new FilePrompts.Filter(messages.get("import.filter"), List.of("*.tbundle", "*.zip"))))
                .ifPresent(bundle -> from(bundle, false));
    }

    void demo() {
        imports.importDemo(this::report);
    }

    /** Imports with progress; a refusal or a new version is told in a dialog. */
    void from(Path bundle, boolean newVersion) {
        imports.importBundle(bundle, newVersion, this::report);
    }

    /**
     * Imports {@code bundle} once the window has a profile and an unlocked folder (the empty state, the
     * pledge or the workspace): a bundle double-clicked on a fresh laptop waits for the profile first.
     */
    void whenReady(Path bundle) {
        if (ready(stage.get())) {
            from(bundle, false);
            return;
        }
        stage.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Stage> o, Stage was, Stage now) {
                if (ready(now)) {
                    stage.removeListener(this);
                    from(bundle, false);
                }
            }
        });
    }

    private static boolean ready(Stage stage) {
        return stage == Stage.EMPTY || stage == Stage.PLEDGE || stage == Stage.WORKSPACE;
    }

    void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !imports.importingProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    /** One bundle dropped on the window is imported; anything else is declined. */
    void dropped(DragEvent e) {
        List<File> dropped = e.getDragboard().getFiles();
        boolean ok = dropped != null && dropped.size() == 1 && isBundle(dropped.get(0));
        if (ok) {
            from(dropped.get(0).toPath(), false);
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    private static boolean isBundle(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".tbundle");
    }

    private void report(ImportResult result) {
        switch (result) {
            case ImportResult.Done done -> imports.agencyNotice(done.outcome()).ifPresent(notice ->
                    dialogs.details(Alert.AlertType.INFORMATION, notice.title(), notice.header(), notice.details()));
            case ImportResult.Cancelled cancelled -> { }
            case ImportResult.Refused refused -> dialogs.details(Alert.AlertType.ERROR, refused.title(),
                    messages.get("import.refused.header"), refused.details());
            case ImportResult.SignatureRefused refused -> dialogs.details(Alert.AlertType.ERROR, refused.title(),
                    messages.get("import.signature.header"), refused.details());
            case ImportResult.Failed failed -> dialogs.details(Alert.AlertType.ERROR,
                    messages.get("import.failed.title"), failed.message(), "");
            case ImportResult.NeedsNewVersion next -> {
                if (dialogs.confirmNewVersion(next.message())) {
                    from(next.bundle(), true);
                }
            }
        }
    }
}
