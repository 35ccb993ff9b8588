package kr.tipa.eval.ui.plan;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.service.DocumentService;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.ui.tasks.BackgroundTasks;
import kr.tipa.eval.viewer.DocumentRenderer;
import kr.tipa.eval.viewer.ExternalCopy;
import kr.tipa.eval.viewer.ImageDocument;
import kr.tipa.eval.viewer.PageRender;
import kr.tipa.eval.viewer.PagedDocument;
import kr.tipa.eval.viewer.RenderedDocument;
import kr.tipa.eval.viewer.TextDocument;
import kr.tipa.eval.viewer.UnreadableDocument;

/**
 * One attached document in the viewer: opened in the background under the renderer's limits, shown
 * page by page (PDF), as text (HWP, HWPX, DOCX) or as a picture, with zoom; a document that cannot be
 * read says why. Everything slow happens off the FX thread.
 */
public final class DocumentViewModel implements AutoCloseable {

    /** What the pane shows. */
    public enum State {
        LOADING, PAGES, TEXT, IMAGE, UNREADABLE
    }

    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 4.0;

    private final StoredDocument document;
    private final DocumentService documents;
    private final DocumentRenderer renderer;
    private final Supplier<ExternalCopy> copies;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<BufferedImage> image = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> paragraphs = new SimpleObjectProperty<>(List.of());
    /** Guards {@link #opened} and {@link #closed}: the document opens on a worker and may be closed from any thread. */
    private final Object openLock = new Object();
    private RenderedDocument opened;
    private boolean closed;
    private Path copy;

    /** @param copies the window's folder of private copies, made when first needed (on a worker thread) */
    public DocumentViewModel(StoredDocument document, DocumentService documents, DocumentRenderer renderer,
            Supplier<ExternalCopy> copies, BackgroundTasks tasks, Messages messages) {
        this.document = document;
        this.documents = documents;
        this.renderer = renderer;
        this.copies = copies;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<BufferedImage> imageProperty() {
        return image;
    }

    public ObjectProperty<List<String>> paragraphsProperty() {
        return paragraphs;
    }

    public StoredDocument document() {
        return document;
    }

    /** Copies the document out of the store to a private file and opens it under limits. */
    public void open() {
        state.set(State.LOADING);
        tasks.run(p -> renderer.open(document.fileName(), copy()), d -> { }, this::show,
                e -> unreadable(messages.get("viewer.reason.fileUnreadable")));
    }

    private synchronized Path copy() throws Exception {
        if (copy == null) {
            try (InputStream in = documents.open(document)) {
                copy = copies.get().write(document.fileName(), in);
            }
        }
        return copy;
    }

    private void show(RenderedDocument rendered) {
        synchronized (openLock) {
            if (closed) {
                // Left before it finished opening: nothing will show it.
                rendered.close();
                return;
            }
            opened = rendered;
        }
        switch (rendered) {
            case PagedDocument paged -> {
                pageCount.set(paged.pageCount());
                page.set(0);
                state.set(State.PAGES);
                renderPage();
            }
            case TextDocument text -> {
                paragraphs.set(text.paragraphs());
                state.set(State.TEXT);
                if (text.isBlank()) {
                    message.set(messages.get("viewer.ui.blank"));
                }
            }
            case ImageDocument picture -> {
                image.set(picture.image());
                state.set(State.IMAGE);
            }
            case UnreadableDocument unreadable -> unreadable(unreadable.reason().render(messages));
        }
    }

    private void unreadable(String why) {
        message.set(why);
        state.set(State.UNREADABLE);
    }

    public void nextPage() {
        if (page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
            renderPage();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            renderPage();
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() * 1.25);
    }

    public void zoomOut() {
        setZoom(zoom.get() / 1.25);
    }

    private void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
        if (state.get() == State.PAGES) {
            renderPage();
        }
    }

    private void renderPage() {
        RenderedDocument current;
        synchronized (openLock) {
            current = opened;
        }
        if (!(current instanceof PagedDocument paged)) {
            return;
        }
        int index = page.get();
        // Rendered sharper than the screen needs, since the page is usually fitted to a wider pane.
        float dpi = (float) (144 * zoom.get());
        tasks.run(p -> paged.render(index, dpi), d -> { }, render -> {
            if (index != page.get()) {
                return;
            }
            switch (render) {
                case PageRender.Image shown -> {
                    image.set(shown.image());
                    message.set(shown.reduced() ? messages.get("viewer.ui.reduced") : "");
                }
                case PageRender.Failed failed -> message.set(failed.reason().render(messages));
            }
        }, e -> message.set(String.valueOf(e.getMessage())));
    }

    /** Hands the private copy to the operating system's viewer (Hancom Office for a protected HWP). */
    public void openExternally() {
        tasks.run(p -> {
            SystemViewer.open(copy());
            return null;
        }, d -> { }, x -> { }, e -> message.set(messages.get("document.openFailed", String.valueOf(e.getMessage()))));
    }

    /** Whether the document was closed (its pane was left); a closed model shows nothing new. */
    public boolean isClosed() {
        synchronized (openLock) {
            return closed;
        }
    }

    /**
     * Releases the open document (a PDF holds its file and parsed pages). May run on any thread; a render in
     * progress stops at its next operator. The private copy stays for an external viewer until the window closes.
     */
    @Override
    public void close() {
        RenderedDocument toClose;
        synchronized (openLock) {
            closed = true;
            toClose = opened;
            opened = null;
        }
        if (toClose != null) {
            try {
                toClose.close();
            } catch (Exception ignored) {
                // Closing a viewer copy cannot fail in a way the user could act on.
            }
        }
    }
}
