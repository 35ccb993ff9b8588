package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentKindsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"plan.PDF,PDF", "계획서.hwp,HWP", "a.b.hwpx,HWPX", "x.docx,DOCX", "scan.png,PNG", "scan.JPG,JPEG",
        "scan.jpeg,JPEG"})
    void theNameClaimsAKind(String name, DocumentKind kind) {
        assertThat(DocumentKind.fromFileName(name)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"plan", "plan.", "plan.doc", "plan.pdf.exe"})
    void namesOfOtherFormatsClaimNothing(String name) {
        assertThat(DocumentKind.fromFileName(name)).isEmpty();
    }

    @Test
    void aDocxNamedPdfIsADocxByItsBytes() throws IOException {
        Path file = docx(dir.resolve("plan.pdf"));
        Detection detection = DocumentKinds.detect("plan.pdf", file);
        assertThat(detection).isEqualTo(new Detection.Known(DocumentKind.DOCX, Optional.of(DocumentKind.PDF)));
        assertThat(((Detection.Known) detection).nameMismatch()).isTrue();
    }

    @Test
    void aPdfWithJunkBeforeItsHeaderIsStillAPdf() throws IOException {
        Path pdf = TestDocuments.pdf(dir.resolve("a.pdf"), "x");
        byte[] junk = "junk from a mail gateway\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Files.readAllBytes(pdf);
        byte[] both = new byte[junk.length + bytes.length];
        System.arraycopy(junk, 0, both, 0, junk.length);
        System.arraycopy(bytes, 0, both, junk.length, bytes.length);
        Path file = Files.write(dir.resolve("b"), both);
        assertThat(DocumentKinds.detect("b", file)).isEqualTo(new Detection.Known(DocumentKind.PDF, Optional.empty()));
    }

    @Test
    void hwpAndHwpxAreToldFromTheirContainers() throws IOException {
        Path hwpx = TestDocuments.zip(dir.resolve("x"), "mimetype", "application/hwp+zip", "Contents/section0.xml",
                "<s/>");
        assertThat(DocumentKinds.detect("x", hwpx)).isEqualTo(new Detection.Known(DocumentKind.HWPX, Optional.empty()));

        Path hwp = ole2(dir.resolve("y.hwp"), "FileHeader");
        assertThat(DocumentKinds.detect("y.hwp", hwp))
                .isEqualTo(new Detection.Known(DocumentKind.HWP, Optional.of(DocumentKind.HWP)));
    }

    @Test
    void anOldWordFileNamedHwpIsAMismatch() throws IOException {
        Path file = ole2(dir.resolve("plan.hwp"), "WordDocument");
        assertThat(DocumentKinds.detect("plan.hwp", file)).isInstanceOfSatisfying(Detection.Refused.class, refused -> {
            assertThat(refused.reason().key()).isEqualTo("viewer.reason.mismatch");
            assertThat(refused.reason().args()).containsExactly("HWP", "Word 97-2003 (.doc)");
        });
    }

    @Test
    void aPasswordProtectedOfficeFileIsEncrypted() throws IOException {
        Path file = ole2(dir.resolve("plan.docx"), "EncryptionInfo");
        assertThat(DocumentKinds.detect("plan.docx", file)).isInstanceOfSatisfying(Detection.Refused.class,
                refused -> assertThat(refused.reason().key()).isEqualTo("viewer.reason.encrypted"));
    }

    @Test
    void aSpreadsheetWithoutAClaimIsUnsupported() throws IOException {
        Path file = TestDocuments.zip(dir.resolve("sheet"), "[Content_Types].xml", "<Types/>", "xl/workbook.xml",
                "<workbook/>");
        assertThat(DocumentKinds.detect("sheet", file)).isInstanceOfSatisfying(Detection.Refused.class, refused -> {
            assertThat(refused.reason().key()).isEqualTo("viewer.reason.unsupported");
            assertThat(refused.reason().args()).containsExactly("Excel (.xlsx)");
        });
    }

    @Test
    void plainTextWithoutAnExtensionIsOfUnknownFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("notes"), "hello");
        assertThat(DocumentKinds.detect("notes", file)).isInstanceOfSatisfying(Detection.Refused.class,
                refused -> assertThat(refused.reason().key()).isEqualTo("viewer.reason.unknownFormat"));
    }

    @Test
    void anOldHwp3FileIsUnsupported() throws IOException {
        Path file = Files.writeString(dir.resolve("old.hwp"), "HWP Document File V3.00 \u001a\u0001\u0002");
        assertThat(DocumentKinds.detect("old.hwp", file)).isInstanceOfSatisfying(Detection.Refused.class, refused -> {
            assertThat(refused.reason().key()).isEqualTo("viewer.reason.unsupported");
            assertThat(refused.reason().args()).containsExactly("HWP 3.0");
        });
    }

    static Path docx(Path target) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            document.createParagraph().createRun().setText("수출 실적 요약");
            document.write(out);
        }
        return target;
    }

    private static Path ole2(Path target, String streamName) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), streamName);
            fs.writeFilesystem(out);
        }
        return target;
    }
}
