package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parser that hangs, spins, or dies takes only its own thread with it. */
class WatchdogTest {

    @TempDir
    Path dir;

    private static final Limits QUICK = Limits.DEFAULT.withTimeout(Duration.ofMillis(300));

    private static DocumentRenderer with(DocumentRenderer.FormatReader reader) {
        Map<DocumentKind, DocumentRenderer.FormatReader> readers = new java.util.EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            readers.put(kind, reader);
        }
        return new DocumentRenderer(readers);
    }

    /** A real PDF's bytes, so detection says PDF and the hook is called. */
    private Path pdf() throws IOException {
        return TestDocuments.pdf(dir.resolve("plan.pdf"), "x");
    }

    @Test
    void aParserThatHangsEndsInTheTimeoutReason() throws IOException {
        DocumentRenderer renderer = with((name, file, limits) -> {
            Thread.sleep(60_000);
            throw new AssertionError("not reached");
        });

        long started = System.nanoTime();
        RenderedDocument document = renderer.open("plan.pdf", pdf(), QUICK);
        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(250L, 3_000L);
        assertThat(document).isInstanceOfSatisfying(UnreadableDocument.class, refused -> {
            assertThat(refused.reasonKey()).isEqualTo("viewer.reason.timeout");
            assertThat(refused.reason().args()).containsExactly(1L);
        });
    }

    @Test
    void aDocumentThatArrivesAfterTheTimeoutIsClosed() throws Exception {
        Path file = pdf();
        AtomicReference<PagedDocument> late = new AtomicReference<>();
        DocumentRenderer renderer = with((name, path, limits) -> {
            var loaded = Loader.loadPDF(path.toFile());
            long until = System.nanoTime() + 800_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // ignores interruption, as a busy parser would
            }
            PagedDocument document = new PagedDocument(name, loaded, 1, true, limits);
            late.set(document);
            return document;
        });

        assertThat(renderer.open("plan.pdf", file, QUICK)).isInstanceOf(UnreadableDocument.class);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (late.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(100);
        assertThat(late.get()).isNotNull();
        assertThat(late.get().isClosed()).isTrue();
    }

    @Test
    void runningOutOfMemoryIsAReasonNotACrash() throws IOException {
        DocumentRenderer renderer = with((name, file, limits) -> {
            long[] huge = new long[Integer.MAX_VALUE - 16];
            return new TextDocument(name, DocumentKind.HWP, "t", "", List.of(Long.toString(huge.length)), false);
        });
        assertThat(renderer.open("plan.pdf", pdf()))
                .isInstanceOfSatisfying(UnreadableDocument.class,
                        refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.outOfMemory"));
    }

    @Test
    void endlessRecursionIsAReasonNotACrash() throws IOException {
        DocumentRenderer renderer = with((name, file, limits) -> {
            recurse(0);
            throw new AssertionError("not reached");
        });
        assertThat(renderer.open("plan.pdf", pdf()))
                .isInstanceOfSatisfying(UnreadableDocument.class,
                        refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.tooComplex"));
    }

    @Test
    void aParserExceptionMeansACorruptFile() throws IOException {
        DocumentRenderer renderer = with((name, file, limits) -> {
            throw new IllegalStateException("bad record at 0x40");
        });
        assertThat(renderer.open("plan.pdf", pdf()))
                .isInstanceOfSatisfying(UnreadableDocument.class, refused -> {
                    assertThat(refused.reasonKey()).isEqualTo("viewer.reason.corrupt");
                    assertThat(refused.detail()).contains("bad record at 0x40");
                });
    }

    @Test
    void anInterruptedCallerGetsTheCancelledReason() throws IOException {
        DocumentRenderer renderer = with((name, file, limits) -> {
            Thread.sleep(60_000);
            throw new AssertionError("not reached");
        });
        Path file = pdf();
        Thread.currentThread().interrupt();
        try {
            assertThat(renderer.open("plan.pdf", file))
                    .isInstanceOfSatisfying(UnreadableDocument.class,
                            refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.cancelled"));
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
