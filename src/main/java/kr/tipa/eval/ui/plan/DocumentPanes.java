package kr.tipa.eval.ui.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.storage.StoredDocument;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** The content of a document's tab, and "open with the system viewer". */
public final class DocumentPanes implements AutoCloseable {

    private final AppContext context;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final List<Path> copies = new ArrayList<>();

    public DocumentPanes(AppContext context, BackgroundTasks tasks) {
        this.context = context;
        this.tasks = tasks;
        this.messages = context.messages();
    }

    public Node pane(StoredDocument document) {
        Label name = new Label(document.fileName());
        name.getStyleClass().add("section-title");
        Label info = new Label(messages.get("document.info", messages.get("document.type." + document.type().name()),
                String.format("%,d", document.size())));
        info.getStyleClass().add("hint");
        Button open = new Button(messages.get("document.openExternal"));
        Label status = new Label();
        status.getStyleClass().add("hint");
        open.setOnAction(e -> tasks.run(p -> openExternally(document), d -> { }, path -> status.setText(""),
                x -> status.setText(messages.get("document.openFailed", String.valueOf(x.getMessage())))));
        VBox box = new VBox(10, name, info, open, status);
        box.getStyleClass().add("document-pane");
        return box;
    }

    /** Copies the document to a private temporary file and hands it to the system's viewer. */
    private Path openExternally(StoredDocument document) throws IOException {
        Path folder = Files.createTempDirectory("tipa-eval-view");
        Path copy = folder.resolve(document.fileName());
        try (InputStream in = context.documents().open(document.sha256())) {
            Files.copy(in, copy);
        }
        copy.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        synchronized (copies) {
            copies.add(copy);
        }
        SystemViewer.open(copy);
        return copy;
    }

    @Override
    public void close() {
        synchronized (copies) {
            for (Path copy : copies) {
                try {
                    Files.deleteIfExists(copy);
                    Files.deleteIfExists(copy.getParent());
                } catch (IOException ignored) {
                    // The viewer may still hold it; deleteOnExit tries again.
                }
            }
        }
    }
}
