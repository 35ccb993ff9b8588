package kr.tipa.eval.ui.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import kr.tipa.eval.viewer.DocumentRenderer;
import kr.tipa.eval.viewer.ExternalCopy;

/**
 * Makes the content of a document's tab. Documents are copied out of the store into one private
 * folder per window, deleted when the window closes (and swept at the next start after a crash).
 */
public final class DocumentPanes implements AutoCloseable {

    private final AppContext context;
    private final BackgroundTasks tasks;
    private final DocumentRenderer renderer = new DocumentRenderer();
    private final ExternalCopy copies;
    private final List<DocumentViewModel> open = new ArrayList<>();

    public DocumentPanes(AppContext context, BackgroundTasks tasks) {
        this.context = context;
        this.tasks = tasks;
        ExternalCopy.sweepStale(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), Duration.ofHours(12));
        try {
            this.copies = ExternalCopy.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Node pane(StoredDocument document) {
        DocumentViewModel model = new DocumentViewModel(document, context.documents(), renderer, copies, tasks,
                context.messages());
        open.add(model);
        DocumentView view = new DocumentView(model, context.messages());
        model.open();
        return view.node();
    }

    @Override
    public void close() {
        open.forEach(DocumentViewModel::close);
        copies.close();
    }
}
