package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files end in a reason or a bounded render, within the time limit. */
class HostileDocumentsTest {

    @TempDir
    Path dir;

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void aTruncatedPdfIsRefusedOrRendersWithinTheLimit() throws IOException {
        Path whole = TestDocuments.pdf(dir.resolve("whole.pdf"), "first page", "second page", "third page");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Limits limits = Limits.DEFAULT.withTimeout(Duration.ofSeconds(5));

        long started = System.nanoTime();
        try (RenderedDocument document = renderer.open("cut.pdf", cut, limits)) {
            switch (document) {
                case UnreadableDocument refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.corrupt");
                case PagedDocument pdf -> {
                    for (int i = 0; i < pdf.pageCount(); i++) {
                        assertThat(pdf.render(i, 72)).isNotNull();
                    }
                }
                default -> throw new AssertionError("opened as " + document);
            }
        }
        assertThat(elapsedMillis(started)).isLessThan(10_000);
    }

    @Test
    void randomBytesNamedHwpAreCorrupt() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("plan.hwp"), noise);

        assertReason(renderer.open("plan.hwp", file), "viewer.reason.corrupt");
    }

    @Test
    void anEmptyFileIsCorruptAndAMissingOneUnreadable() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertReason(renderer.open("empty.pdf", empty), "viewer.reason.corrupt");
        assertReason(renderer.open("gone.pdf", dir.resolve("gone.pdf")), "viewer.reason.fileUnreadable");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("big.pdf"), "x");
        RenderedDocument document = renderer.open("big.pdf", file, Limits.DEFAULT.withMaxFileBytes(100));
        assertReason(document, "viewer.reason.tooLarge");
    }

    @Test
    void aZipBombNamedDocxIsRefusedQuickly() throws IOException {
        // 64 MB of zeros deflate to about 64 KB: a ratio near 1000:1, far beyond 100:1.
        Path bomb = TestDocuments.zip(dir.resolve("bomb.docx"),
                "[Content_Types].xml", "<Types/>",
                "word/document.xml", 64L * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        assertReason(renderer.open("bomb.docx", bomb), "viewer.reason.inflatesTooMuch");
        assertThat(elapsedMillis(started)).isLessThan(5_000);
    }

    @Test
    void anHwpxWithAnExternalEntityIsRefusedBeforeParsing() throws IOException {
        Path file = TestDocuments.zip(dir.resolve("xxe.hwpx"),
                "mimetype", "application/hwp+zip",
                "Contents/section0.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                        + "\"file:///etc/passwd\">]><hs:sec xmlns:hs=\"urn:x\">&e;</hs:sec>");
        assertReason(renderer.open("xxe.hwpx", file), "viewer.reason.suspicious");
    }

    @Test
    void aPngClaimingTenGigapixelsIsRefusedBeforeDecoding() throws IOException {
        Path file = Files.write(dir.resolve("huge.png"), TestDocuments.pngHeaderOnly(100_000, 100_000));

        long started = System.nanoTime();
        RenderedDocument document = renderer.open("huge.png", file);
        assertThat(elapsedMillis(started)).isLessThan(2_000);
        assertReason(document, "viewer.reason.imageTooLarge");
        assertThat(((UnreadableDocument) document).reason().args()).containsExactly(100_000, 100_000);
    }

    @Test
    void aHugePageIsRenderedScaledDownWithinThePixelLimit() throws IOException {
        Path file = TestDocuments.pdfWithContent(dir.resolve("huge-page.pdf"), new PDRectangle(200_000, 200_000),
                "0 0 1 rg 0 0 100000 100000 re f".getBytes(StandardCharsets.US_ASCII));

        try (PagedDocument pdf = (PagedDocument) renderer.open("huge-page.pdf", file)) {
            long started = System.nanoTime();
            PageRender render = pdf.render(0, 96);
            assertThat(elapsedMillis(started)).isLessThan(15_000);
            assertThat(render).isInstanceOfSatisfying(PageRender.Image.class, image -> {
                long pixels = (long) image.image().getWidth() * image.image().getHeight();
                assertThat(pixels).isLessThanOrEqualTo(40_000_000L);
                // sqrt(40 000 000) is about 6324 pixels a side.
                assertThat(image.image().getWidth()).isBetween(6300, 6325);
                assertThat(image.reduced()).isTrue();
                assertThat(image.dpi()).isLessThan(96f);
            });
        }
    }

    @Test
    void aPageOfMillionsOfOperatorsStopsAtTheTimeLimit() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] operator = "1 1 m 2 2 l S\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 2_000_000; i++) {
            body.writeBytes(operator);
        }
        Path file = TestDocuments.pdfWithContent(dir.resolve("ops.pdf"), PDRectangle.A4, body.toByteArray());
        Limits limits = Limits.DEFAULT.withTimeout(Duration.ofMillis(300));

        try (PagedDocument pdf = (PagedDocument) renderer.open("ops.pdf", file, limits)) {
            long started = System.nanoTime();
            PageRender render = pdf.render(0, 96);
            assertThat(elapsedMillis(started)).isLessThan(5_000);
            assertThat(render).isInstanceOfSatisfying(PageRender.Failed.class,
                    failed -> assertThat(failed.reason().key()).isEqualTo("viewer.reason.timeout"));

            started = System.nanoTime();
            assertThat(pdf.pageText(0)).isEmpty();
            assertThat(elapsedMillis(started)).isLessThan(5_000);
        }
    }

    @Test
    void deeplyNestedArraysInAPageEndInAReasonOrAnImage() throws IOException {
        String nested = "[".repeat(200_000) + "]".repeat(200_000) + " pop\n0 0 m 10 10 l S";
        Path file = TestDocuments.pdfWithContent(dir.resolve("nested.pdf"), PDRectangle.A4,
                nested.getBytes(StandardCharsets.US_ASCII));

        try (RenderedDocument document = renderer.open("nested.pdf", file,
                Limits.DEFAULT.withTimeout(Duration.ofSeconds(5)))) {
            assertThat(document).isInstanceOf(PagedDocument.class);
            long started = System.nanoTime();
            PageRender render = ((PagedDocument) document).render(0, 72);
            assertThat(elapsedMillis(started)).isLessThan(10_000);
            if (render instanceof PageRender.Failed failed) {
                assertThat(failed.reason().key()).isIn("viewer.reason.tooComplex", "viewer.reason.corrupt",
                        "viewer.reason.timeout");
            } else {
                assertThat(((PageRender.Image) render).image().getWidth()).isEqualTo(595);
            }
        }
    }

    @Test
    void aFormThatDrawsItselfEndsInAReasonOrAnImage() throws IOException {
        Path file = dir.resolve("loop.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(100, 100));
            PDResources formResources = new PDResources();
            form.setResources(formResources);
            COSName name = formResources.add(form);
            try (var out = form.getContentStream().createOutputStream()) {
                out.write(("0 0 m 5 5 l S /" + name.getName() + " Do").getBytes(StandardCharsets.US_ASCII));
            }
            PDResources pageResources = new PDResources();
            pageResources.put(name, form);
            page.setResources(pageResources);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            document.save(file.toFile());
        }

        try (PagedDocument pdf = (PagedDocument) renderer.open("loop.pdf", file,
                Limits.DEFAULT.withTimeout(Duration.ofSeconds(3)))) {
            long started = System.nanoTime();
            PageRender render = pdf.render(0, 72);
            assertThat(elapsedMillis(started)).isLessThan(8_000);
            if (render instanceof PageRender.Failed failed) {
                assertThat(failed.reason().key()).isIn("viewer.reason.tooComplex", "viewer.reason.timeout");
            }
            assertThat(pdf.pageText(0)).isNotNull();
            assertThat(elapsedMillis(started)).isLessThan(15_000);
        }
    }

    @Test
    void aPdfWhoseObjectsNestTooDeeplyEndsInAReason() throws IOException {
        // Hand-written, with no cross-reference table: PDFBox must search for the objects itself.
        String deep = "<<".repeat(100_000) + ">>".repeat(100_000);
        String pdf = "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]/Deep " + deep + ">> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n";
        Path file = Files.writeString(dir.resolve("deep.pdf"), pdf, StandardCharsets.US_ASCII);

        long started = System.nanoTime();
        try (RenderedDocument document = renderer.open("deep.pdf", file,
                Limits.DEFAULT.withTimeout(Duration.ofSeconds(5)))) {
            assertThat(elapsedMillis(started)).isLessThan(10_000);
            if (document instanceof UnreadableDocument refused) {
                assertThat(refused.reasonKey()).isIn("viewer.reason.tooComplex", "viewer.reason.corrupt",
                        "viewer.reason.timeout");
            } else {
                PagedDocument paged = (PagedDocument) document;
                assertThat(paged.render(0, 72)).isNotNull();
            }
        }
    }

    private static void assertReason(RenderedDocument document, String key) {
        assertThat(document).isInstanceOfSatisfying(UnreadableDocument.class,
                refused -> assertThat(refused.reasonKey()).as(refused.detail()).isEqualTo(key));
    }

    private static long elapsedMillis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
