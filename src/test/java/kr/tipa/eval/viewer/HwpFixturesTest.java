package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kr.tipa.eval.testing.DocumentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real HWP and HWPX files made by Hancom Office and others (src/test/resources/fixtures, read only). */
class HwpFixturesTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();

    /** What each known fixture holds, as seen by opening it in Hancom Office. */
    static Stream<Arguments> knownTextFixtures() {
        return Stream.of(
                Arguments.of("hwp/etc.hwp", DocumentKind.HWP, "가나다라ABCDFEFDFEFDFEFDFEFDFEFDFEF"),
                Arguments.of("hwp/extracting_ParaHead.hwp", DocumentKind.HWP, "100"),
                Arguments.of("hwp/finding-control.hwp", DocumentKind.HWP, "C"),
                Arguments.of("hwpx/sample1.hwpx", DocumentKind.HWPX, "우리는 수학 이다.더"),
                Arguments.of("hwpx/SimpleTable.hwpx", DocumentKind.HWPX, "5\t4"),
                // Broken (no META-INF/manifest.xml), yet hwpxlib reads it from content.hpf: text is better
                // than a refusal.
                Arguments.of("hwpx/no_manifest.hwpx", DocumentKind.HWPX, "울산광역시 남구청장"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownTextFixtures")
    void opensToItsText(String name, DocumentKind kind, String paragraph) {
        Path file = DocumentFixtures.get(name);
        try (RenderedDocument document = RENDERER.open(file.getFileName().toString(), file)) {
            assertThat(document).isInstanceOf(TextDocument.class);
            TextDocument text = (TextDocument) document;
            assertThat(text.kind()).isEqualTo(kind);
            assertThat(text.isBlank()).isFalse();
            // Indentation is the author's (sample1 indents with spaces); the words are what must match.
            assertThat(text.paragraphs()).map(String::strip).contains(paragraph);
        }
    }

    @Test
    void theTitleIsTheFileNameAndTheDeclaredTitleIsKeptApart() {
        Path file = DocumentFixtures.get("hwp/extracting_ParaHead.hwp");
        TextDocument text = (TextDocument) RENDERER.open("계획서 (최종).hwp", file);
        assertThat(text.title()).isEqualTo("계획서 (최종)");
        assertThat(text.metadataTitle()).contains("개요1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blankFixtures")
    void blankDocumentsOpenAsBlankText(String name, DocumentKind kind) {
        Path file = DocumentFixtures.get(name);
        RenderedDocument document = RENDERER.open(file.getFileName().toString(), file);
        assertThat(document).isInstanceOfSatisfying(TextDocument.class, text -> {
            assertThat(text.kind()).isEqualTo(kind);
            assertThat(text.isBlank()).isTrue();
        });
    }

    static Stream<Arguments> blankFixtures() {
        return Stream.of(Arguments.of("hwp/blank.hwp", DocumentKind.HWP),
                Arguments.of("hwpx/blank.hwpx", DocumentKind.HWPX));
    }

    @Test
    void aDistributionDocumentIsRefusedWithItsReason() {
        Path file = DocumentFixtures.get("hwp/distribution.hwp");
        RenderedDocument document = RENDERER.open("distribution.hwp", file);
        assertThat(document).isInstanceOfSatisfying(UnreadableDocument.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.distribution"));
    }

    /** Any fixture added later must open to text or to a known reason, never to an exception. */
    @Test
    void everyFixtureOpensToTextOrAKnownReason() {
        List<Path> files = DocumentFixtures.all();
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : files) {
            long started = System.nanoTime();
            RenderedDocument document = RENDERER.open(file.getFileName().toString(), file);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).as("%s opened in %d ms", file, millis).isLessThan(20_000);
            switch (document) {
                case TextDocument text -> assertThat(text.paragraphs()).as(file.toString()).isNotNull();
                case UnreadableDocument refused -> assertThat(refused.reasonKey()).as(file.toString())
                        .isIn("viewer.reason.distribution", "viewer.reason.encrypted", "viewer.reason.corrupt");
                default -> throw new AssertionError(file + " opened as " + document);
            }
        }
    }
}
