package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextAndImageDocumentsTest {

    @TempDir
    Path dir;

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void aDocxOpensToItsParagraphsWithTableRowsAsTabbedLines() throws IOException {
        Path file = dir.resolve("사업계획.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.getProperties().getCoreProperties().setTitle("양식 제목");
            document.createParagraph().createRun().setText("가. 사업 목적");
            document.createParagraph().createRun().setText("해외 판로를 넓힙니다.");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("국가");
            table.getRow(0).getCell(1).setText("목표(만 달러)");
            table.getRow(1).getCell(0).setText("베트남");
            table.getRow(1).getCell(1).setText("40");
            document.write(out);
        }

        RenderedDocument opened = renderer.open("사업계획.docx", file);
        assertThat(opened).isInstanceOfSatisfying(TextDocument.class, text -> {
            assertThat(text.kind()).isEqualTo(DocumentKind.DOCX);
            assertThat(text.title()).isEqualTo("사업계획");
            assertThat(text.metadataTitle()).contains("양식 제목");
            assertThat(text.paragraphs()).containsExactly("가. 사업 목적", "해외 판로를 넓힙니다.", "국가\t목표(만 달러)",
                    "베트남\t40");
            assertThat(text.truncated()).isFalse();
        });
    }

    @Test
    void textBeyondTheLimitIsCutAndMarked() throws IOException {
        Path file = dir.resolve("long.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("가".repeat(100));
            document.write(out);
        }
        Limits limits = new Limits(Limits.DEFAULT.maxFileBytes(), Limits.DEFAULT.timeout(), Limits.DEFAULT.maxPixels(),
                Limits.DEFAULT.pdfMemoryBytes(), Limits.DEFAULT.maxInflatedBytes(),
                Limits.DEFAULT.maxCompressionRatio(), Limits.DEFAULT.maxArchiveEntries(), 10);
        assertThat(renderer.open("long.docx", file, limits)).isInstanceOfSatisfying(TextDocument.class, text -> {
            assertThat(text.paragraphs()).containsExactly("가".repeat(10));
            assertThat(text.truncated()).isTrue();
        });
    }

    @Test
    void aDocxNamedPdfOpensAsText() throws IOException {
        Path file = DocumentKindsTest.docx(dir.resolve("plan.pdf"));
        assertThat(renderer.open("plan.pdf", file)).isInstanceOfSatisfying(TextDocument.class,
                text -> {
                    assertThat(text.kind()).isEqualTo(DocumentKind.DOCX);
                    assertThat(text.paragraphs()).containsExactly("수출 실적 요약");
                });
    }

    @Test
    void pngAndJpegOpenAsImages() throws IOException {
        BufferedImage picture = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 160, 200);
        g.dispose();
        Path png = dir.resolve("등록증.png");
        Path jpeg = dir.resolve("등록증.jpg");
        assertThat(ImageIO.write(picture, "png", png.toFile())).isTrue();
        assertThat(ImageIO.write(picture, "jpeg", jpeg.toFile())).isTrue();

        assertThat(renderer.open("등록증.png", png)).isInstanceOfSatisfying(ImageDocument.class, image -> {
            assertThat(image.kind()).isEqualTo(DocumentKind.PNG);
            assertThat(image.width()).isEqualTo(320);
            assertThat(image.height()).isEqualTo(200);
            assertThat(image.image().getRGB(10, 10)).isEqualTo(Color.RED.getRGB());
        });
        assertThat(renderer.open("등록증.jpg", jpeg)).isInstanceOfSatisfying(ImageDocument.class, image -> {
            assertThat(image.kind()).isEqualTo(DocumentKind.JPEG);
            assertThat(image.width()).isEqualTo(320);
        });
    }

    @Test
    void aPngNamedPdfIsShownAsAnImage() throws IOException {
        Path file = dir.resolve("scan.pdf");
        assertThat(ImageIO.write(new BufferedImage(10, 20, BufferedImage.TYPE_INT_RGB), "png", file.toFile())).isTrue();
        assertThat(renderer.open("scan.pdf", file)).isInstanceOfSatisfying(ImageDocument.class,
                image -> assertThat(image.height()).isEqualTo(20));
    }

    @Test
    void aTruncatedPngIsCorrupt() throws IOException {
        Path whole = dir.resolve("whole.png");
        BufferedImage noise = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 200; i++) {
            noise.setRGB(i, i, 0xFFFFFF * (i % 2));
        }
        assertThat(ImageIO.write(noise, "png", whole.toFile())).isTrue();
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(bytes, 60));
        assertThat(renderer.open("cut.png", cut)).isInstanceOfSatisfying(UnreadableDocument.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.corrupt"));
    }
}
