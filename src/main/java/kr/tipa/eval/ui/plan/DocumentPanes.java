package kr.tipa.eval.ui.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Node;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.service.DocumentService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import kr.tipa.eval.viewer.DocumentRenderer;
import kr.tipa.eval.viewer.ExternalCopy;

/**
 * The window's open documents. Each tab's content is a {@link Pane}; a pane that is left is released
 * (its PDF closed on a worker thread). At most {@link #KEEP_OPEN} stay open: while scoring, an evaluator
 * flips between the participation plan and the one or two files it refers to, and reopening a large scan
 * costs a parse and a first render each time, while every open PDF holds its file, its parsed pages and a
 * page image of several megabytes. Documents are copied out of the store into one private folder per
 * window, deleted when the window closes; folders a crashed run left behind are swept in the background.
 */
public final class DocumentPanes implements AutoCloseable {

    /** How many documents stay open at once: the one shown and the two shown before it. */
    static final int KEEP_OPEN = 3;
    private static final Duration STALE = Duration.ofHours(12);

    private final DocumentService documents;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Path tempRoot;
    private final DocumentRenderer renderer = new DocumentRenderer();
    /** Open panes, the most recently shown last. */
    private final List<Pane> open = new ArrayList<>();
    /** Released, their closing queued on a worker: closed here too if the window closes first. */
    private final Set<DocumentViewModel> closing = ConcurrentHashMap.newKeySet();
    private ExternalCopy copies;
    private boolean closed;

    /** One document's tab content while it is open. */
    public final class Pane {
        private final DocumentViewModel model;
        private final Node node;
        private final Runnable evicted;

        private Pane(DocumentViewModel model, Node node, Runnable evicted) {
            this.model = model;
            this.node = node;
            this.evicted = evicted;
        }

        public Node node() {
            return node;
        }

        public DocumentViewModel model() {
            return model;
        }
    }

    public DocumentPanes(DocumentService documents, BackgroundTasks tasks, Messages messages) {
        this(documents, tasks, messages, Path.of(System.getProperty("java.io.tmpdir")));
    }

    DocumentPanes(DocumentService documents, BackgroundTasks tasks, Messages messages, Path tempRoot) {
        this.documents = documents;
        this.tasks = tasks;
        this.messages = messages;
        this.tempRoot = tempRoot;
        tasks.run(p -> ExternalCopy.sweepStale(tempRoot, STALE), d -> { }, swept -> { }, e -> { });
    }

    /**
     * Opens {@code document} in a new pane, which becomes the most recently shown. When more than
     * {@link #KEEP_OPEN} are open, the least recently shown is released and its {@code evicted} runs (its tab
     * then drops the pane and opens the document again when chosen).
     */
    public Pane open(StoredDocument document, Runnable evicted) {
        DocumentViewModel model = new DocumentViewModel(document, documents, renderer, this::copies, tasks, messages);
        Pane pane = new Pane(model, new DocumentView(model, messages).node(), evicted);
        open.add(pane);
        model.open();
        while (open.size() > KEEP_OPEN) {
            Pane oldest = open.get(0);
            release(oldest);
            oldest.evicted.run();
        }
        return pane;
    }

    /** The pane's tab was chosen again: it becomes the most recently shown. */
    public void shown(Pane pane) {
        if (open.remove(pane)) {
            open.add(pane);
        }
    }

    /** The pane is no longer shown: its document is closed on a worker thread. */
    public void release(Pane pane) {
        if (open.remove(pane)) {
            DocumentViewModel model = pane.model;
            closing.add(model);
            tasks.run(p -> {
                model.close();
                closing.remove(model);
                return null;
            }, d -> { }, x -> { }, e -> { });
        }
    }

    /** The documents open now, the most recently shown last. */
    public List<StoredDocument> openDocuments() {
        return open.stream().map(p -> p.model.document()).toList();
    }

    /** The open panes, the most recently shown last. */
    List<Pane> openPanes() {
        return List.copyOf(open);
    }

    /** The private copies' folder, made when a document is first copied out (on a worker thread). */
    private synchronized ExternalCopy copies() {
        if (closed) {
            throw new IllegalStateException("the window's documents are closed");
        }
        if (copies == null) {
            try {
                copies = ExternalCopy.create(tempRoot);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copies;
    }

    /** Closes every document and deletes the private copies (the window is closing). */
    @Override
    public void close() {
        open.forEach(p -> p.model.close());
        open.clear();
        closing.forEach(DocumentViewModel::close);
        closing.clear();
        synchronized (this) {
            closed = true;
            if (copies != null) {
                copies.close();
            }
        }
    }
}
