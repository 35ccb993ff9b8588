package kr.tipa.eval.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import kr.tipa.eval.i18n.Localizable;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open PDF whose pages are rendered one at a time, when asked. It holds the file open until closed.
 *
 * <p>Meant for one background thread at a time: every method is synchronized, because PDFBox's document is
 * not thread-safe. {@link #close()} may come from any thread; it makes a render in progress stop at its
 * next content-stream operator rather than wait for it. Each render and each page's text run under
 * {@link Limits#timeout()}, checked per operator, so a page of millions of operators ends in a
 * {@link PageRender.Failed} instead of hanging.
 */
public final class PagedDocument implements RenderedDocument {

    private static final Logger LOG = LoggerFactory.getLogger(PagedDocument.class);
    /** An embedded image declaring more than this many times {@link Limits#maxPixels()} is left out. */
    private static final long IMAGE_PIXEL_FACTOR = 10;
    private static final PageSize A4 = new PageSize(595.28f, 841.89f);

    private final String fileName;
    private final PDDocument document;
    private final int pageCount;
    private final boolean copyAllowed;
    private final Limits limits;
    private final String[] texts;
    private final PDFRenderer renderer;
    private volatile boolean closed;
    private boolean released;
    /** The running operation's; read by the engines on the same thread, under the lock. */
    private Deadline deadline;
    private int imagesOmitted;

    PagedDocument(String fileName, PDDocument document, int pageCount, boolean copyAllowed, Limits limits) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.document = Objects.requireNonNull(document, "document");
        this.pageCount = pageCount;
        this.copyAllowed = copyAllowed;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.texts = new String[pageCount];
        this.renderer = new GuardedRenderer(document);
        // Large scans are decoded at the resolution they are drawn at, not their full size.
        this.renderer.setSubsamplingAllowed(true);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    public DocumentKind kind() {
        return DocumentKind.PDF;
    }

    public int pageCount() {
        return pageCount;
    }

    /**
     * False when the author forbade copying text (an owner password's permissions). The text is still
     * given for search; the UI should not offer to copy it.
     */
    public boolean copyAllowed() {
        return copyAllowed;
    }

    /** The displayed size of a page; A4 when the page's boxes cannot be read (its render will then say why). */
    public synchronized PageSize pageSize(int pageIndex) {
        Objects.checkIndex(pageIndex, pageCount);
        try {
            PDPage page = document.getPage(pageIndex);
            PDRectangle box = page.getCropBox();
            int rotation = Math.floorMod(page.getRotation(), 360);
            boolean sideways = rotation == 90 || rotation == 270;
            return sideways ? new PageSize(box.getHeight(), box.getWidth())
                    : new PageSize(box.getWidth(), box.getHeight());
        } catch (RuntimeException e) {
            LOG.info("Page {} of {} has no readable size: {}", pageIndex + 1, LogSafe.name(fileName), Failures.describe(e));
            return A4;
        }
    }

    /**
     * Renders a page at {@code dpi} (72 is the PDF's own size, 96 a screen's). A page that would exceed
     * {@link Limits#maxPixels()} is rendered smaller and marked {@code reduced}.
     */
    public synchronized PageRender render(int pageIndex, float dpi) {
        Objects.checkIndex(pageIndex, pageCount);
        if (!(dpi > 0) || Float.isInfinite(dpi)) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        if (closed) {
            return new PageRender.Failed(pageIndex, Localizable.of(Reasons.CANCELLED), "document closed");
        }
        long started = System.nanoTime();
        try {
            PageSize size = pageSize(pageIndex);
            double area = (double) size.widthPoints() * size.heightPoints();
            if (!(area > 0) || Double.isInfinite(area)) {
                return new PageRender.Failed(pageIndex, Localizable.of(Reasons.CORRUPT), "page size " + size);
            }
            float scale = dpi / 72f;
            double maxScale = Math.sqrt(limits.maxPixels() / area);
            boolean reduced = scale > maxScale;
            if (reduced) {
                // Rounded down so that the floored pixel sizes never multiply past the limit.
                scale = Math.nextDown((float) maxScale);
            }
            deadline = Deadline.after(limits.timeout(), () -> closed);
            imagesOmitted = 0;
            BufferedImage image = renderer.renderImage(pageIndex, scale, ImageType.RGB);
            LOG.debug("Rendered page {} of {} at {} dpi in {} ms", pageIndex + 1, fileName, scale * 72f,
                    (System.nanoTime() - started) / 1_000_000);
            return new PageRender.Image(pageIndex, image, scale * 72f, reduced, imagesOmitted);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            Localizable reason = Failures.reason(e, limits.timeout());
            LOG.info("Page {} of {} not rendered: {} ({})", pageIndex + 1, LogSafe.name(fileName), reason.key(),
                    Failures.describe(e));
            return new PageRender.Failed(pageIndex, reason, Failures.describe(e));
        } finally {
            deadline = null;
        }
    }

    /**
     * The page's text for search and copy, extracted once and kept. "" when the page has none, or when it
     * could not be extracted within the limits (logged): a search then simply finds nothing there.
     */
    public synchronized String pageText(int pageIndex) {
        Objects.checkIndex(pageIndex, pageCount);
        if (texts[pageIndex] != null) {
            return texts[pageIndex];
        }
        if (closed) {
            return "";
        }
        String text = "";
        try {
            deadline = Deadline.after(limits.timeout(), () -> closed);
            PDFTextStripper stripper = new GuardedStripper();
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.setLineSeparator("\n");
            text = stripper.getText(document).strip();
            if (text.length() > limits.maxTextChars()) {
                text = text.substring(0, limits.maxTextChars());
            }
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            LOG.info("No text from page {} of {}: {}", pageIndex + 1, LogSafe.name(fileName), Failures.describe(e));
        } finally {
            deadline = null;
        }
        // Kept even when empty: a search over all pages must not stall on the same bad page twice.
        texts[pageIndex] = text;
        return text;
    }

    /** Stops a render in progress at its next operator, then releases the file. Safe to call twice. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
            try {
                document.close();
            } catch (IOException e) {
                LOG.warn("Could not close {}", LogSafe.name(fileName), e);
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    private void checkDeadline() {
        Deadline current = deadline;
        if (current != null) {
            current.check();
        }
    }

    private final class GuardedRenderer extends PDFRenderer {
        GuardedRenderer(PDDocument document) {
            super(document);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new GuardedDrawer(parameters);
        }
    }

    private final class GuardedDrawer extends PageDrawer {
        GuardedDrawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            checkDeadline();
            super.processOperator(operator, operands);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            // The declared size is read from the image dictionary, before any decoding.
            if ((long) image.getWidth() * image.getHeight() > limits.maxPixels() * IMAGE_PIXEL_FACTOR) {
                imagesOmitted++;
                LOG.info("Left out an image of {}x{} from {}", image.getWidth(), image.getHeight(), LogSafe.name(fileName));
                return;
            }
            super.drawImage(image);
        }
    }

    private final class GuardedStripper extends PDFTextStripper {
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            checkDeadline();
            super.processOperator(operator, operands);
        }
    }
}
