package kr.tipa.eval.viewer.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.viewer.DocumentKind;
import kr.tipa.eval.viewer.DocumentRenderer;
import kr.tipa.eval.viewer.PagedDocument;
import kr.tipa.eval.viewer.RenderedDocument;
import kr.tipa.eval.viewer.TextDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every sample reads back through the viewer with its Korean text intact. */
class SampleDocumentsTest {

    private static final String TITLE = "수출 참가계획서";
    private static final List<String> PARAGRAPHS = List.of(
            "첫째, 한국무역보험공사와 함께 베트남 시장을 엽니다.",
            "둘째, 수출 목표는 연 120만 달러입니다.");

    @TempDir
    Path dir;

    private final DocumentRenderer renderer = new DocumentRenderer();

    @ParameterizedTest
    @CsvSource({"hwp,HWP", "hwpx,HWPX", "docx,DOCX"})
    void wordProcessorSamplesReadBackWithTheirKoreanText(String extension, DocumentKind kind) throws IOException {
        SampleDocuments samples = new SampleDocuments();
        Path file = dir.resolve("plan." + extension);
        switch (kind) {
            case HWP -> samples.writeHwp(file, TITLE, PARAGRAPHS);
            case HWPX -> samples.writeHwpx(file, TITLE, PARAGRAPHS);
            default -> samples.writeDocx(file, TITLE, PARAGRAPHS);
        }

        try (RenderedDocument document = renderer.open("plan." + extension, file)) {
            assertThat(document).isInstanceOfSatisfying(TextDocument.class, text -> {
                assertThat(text.kind()).isEqualTo(kind);
                assertThat(text.paragraphs()).contains(TITLE, "첫째, 한국무역보험공사와 함께 베트남 시장을 엽니다.",
                        "둘째, 수출 목표는 연 120만 달러입니다.");
                assertThat(text.title()).isEqualTo("plan");
                if (kind != DocumentKind.HWP) {
                    // hwplib's blank HWP has no summary stream to hold a title.
                    assertThat(text.metadataTitle()).contains(TITLE);
                }
            });
        }
    }

    @Test
    void thePdfSampleIsKoreanWhenAHangulFontIsFound() throws IOException {
        PdfSample sample = new SampleDocuments().writePdf(dir.resolve("plan.pdf"), TITLE, PARAGRAPHS);

        try (PagedDocument pdf = (PagedDocument) renderer.open("plan.pdf", sample.file())) {
            assertThat(pdf.pageCount()).isEqualTo(sample.pages()).isEqualTo(1);
            String text = pdf.pageText(0);
            if (sample.hangul()) {
                assertThat(sample.font()).isPresent();
                assertThat(text).contains("수출 참가계획서", "한국무역보험공사와 함께 베트남 시장을 엽니다.");
            } else {
                assertThat(text).contains("suchul chamgagyehoekseo");
            }
        }
    }

    @Test
    void withoutAHangulFontThePdfIsRomanizedAndStillWritten() throws IOException {
        Path notAFont = Files.writeString(dir.resolve("NotAFont.ttf"), "not a font");
        PdfSample sample = new SampleDocuments(List.of(notAFont, dir.resolve("missing.ttf")))
                .writePdf(dir.resolve("plan.pdf"), TITLE, PARAGRAPHS);

        assertThat(sample.hangul()).isFalse();
        assertThat(sample.font()).isEmpty();
        try (PagedDocument pdf = (PagedDocument) renderer.open("plan.pdf", sample.file())) {
            // 수출 참가계획서 → su-chul cham-ga-gye-hoek-seo, syllable by syllable.
            assertThat(pdf.pageText(0)).contains("suchul chamgagyehoekseo", "120man dalreoipnida.");
        }
    }

    @Test
    void aLongPlanFlowsOntoMorePages() throws IOException {
        List<String> many = java.util.Collections.nCopies(80, "수출 목표와 추진 전략을 자세히 적은 문단입니다. ".repeat(3));
        PdfSample sample = new SampleDocuments().writePdf(dir.resolve("long.pdf"), TITLE, many);
        assertThat(sample.pages()).isGreaterThan(1);
        try (PagedDocument pdf = (PagedDocument) renderer.open("long.pdf", sample.file())) {
            assertThat(pdf.pageCount()).isEqualTo(sample.pages());
        }
    }

    @Test
    void theDemoSetHoldsAPlanInEveryFormat() throws IOException {
        List<Path> files = new SampleDocuments().writeAll(dir.resolve("demo"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("참가계획서.pdf", "참가계획서.hwpx", "참가계획서.hwp", "참가계획서.docx");
        for (Path file : files.subList(1, 4)) {
            RenderedDocument document = renderer.open(file.getFileName().toString(), file);
            assertThat(document).isInstanceOfSatisfying(TextDocument.class,
                    text -> assertThat(text.paragraphs()).contains(SampleDocuments.PLAN_PARAGRAPHS.get(2)));
        }
    }
}
