package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentTest {

    @TempDir
    Path dir;

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void opensAThreePagePdfAndRendersAPageAtTheAskedResolution() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("plan.pdf"), "Page one alpha", "Page two beta", "Page three gamma");

        try (RenderedDocument document = renderer.open("plan.pdf", file)) {
            assertThat(document).isInstanceOf(PagedDocument.class);
            PagedDocument pdf = (PagedDocument) document;
            assertThat(pdf.pageCount()).isEqualTo(3);
            assertThat(pdf.pageSize(1)).isEqualTo(new PageSize(600, 800));

            // 144 dpi is twice the PDF's 72 points per inch: 600×800 points become 1200×1600 pixels.
            PageRender render = pdf.render(1, 144);
            assertThat(render).isInstanceOfSatisfying(PageRender.Image.class, image -> {
                assertThat(image.image().getWidth()).isEqualTo(1200);
                assertThat(image.image().getHeight()).isEqualTo(1600);
                assertThat(image.dpi()).isEqualTo(144f);
                assertThat(image.reduced()).isFalse();
                assertThat(image.pageIndex()).isEqualTo(1);
            });
            assertThat(pdf.pageText(1)).isEqualTo("Page two beta");
            assertThat(pdf.pageText(2)).isEqualTo("Page three gamma");
            assertThat(pdf.copyAllowed()).isTrue();
        }
    }

    @Test
    void aPageRenderedAfterCloseSaysSoAndTheFileIsReleased() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("plan.pdf"), "one");
        PagedDocument pdf = (PagedDocument) renderer.open("plan.pdf", file);
        pdf.close();
        pdf.close();
        assertThat(pdf.isClosed()).isTrue();
        assertThat(pdf.render(0, 72)).isInstanceOfSatisfying(PageRender.Failed.class,
                failed -> assertThat(failed.reason().key()).isEqualTo("viewer.reason.cancelled"));
    }

    @Test
    void anInterruptedRenderIsCancelledAndTheNextRenderStillWorks() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("plan.pdf"), "one", "two");
        try (PagedDocument pdf = (PagedDocument) renderer.open("plan.pdf", file)) {
            Thread.currentThread().interrupt();
            PageRender cancelled;
            try {
                cancelled = pdf.render(0, 72);
            } finally {
                Thread.interrupted();
            }
            assertThat(cancelled).isInstanceOfSatisfying(PageRender.Failed.class,
                    failed -> assertThat(failed.reason().key()).isEqualTo("viewer.reason.cancelled"));
            assertThat(pdf.render(1, 72)).isInstanceOf(PageRender.Image.class);
            assertThat(pdf.pageText(1)).isEqualTo("two");
        }
    }

    @Test
    void aPdfNeedingAPasswordIsRefusedAsEncrypted() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("secret.pdf"), "hidden");
        protect(file, "owner-pw", "user-pw", new AccessPermission());

        RenderedDocument document = renderer.open("secret.pdf", file);
        assertThat(document).isInstanceOfSatisfying(UnreadableDocument.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.encrypted"));
    }

    @Test
    void aPdfOnlyForbiddingCopyOpensAndSaysCopyIsNotAllowed() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("nocopy.pdf"), "readable words");
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        protect(file, "owner-pw", "", permissions);

        try (RenderedDocument document = renderer.open("nocopy.pdf", file)) {
            assertThat(document).isInstanceOfSatisfying(PagedDocument.class, pdf -> {
                assertThat(pdf.copyAllowed()).isFalse();
                assertThat(pdf.pageText(0)).isEqualTo("readable words");
            });
        }
    }

    private static void protect(Path file, String owner, String user, AccessPermission permissions)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }
}
