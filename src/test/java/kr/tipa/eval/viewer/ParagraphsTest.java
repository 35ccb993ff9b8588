package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void gapsFoldToOneAndTheEndsAreTrimmed() {
        Paragraphs.Split split = Paragraphs.split("\n\n  첫째  \r\n\n\n\u0002둘째\t칸\n\n", 1000);
        assertThat(split.paragraphs()).containsExactly("  첫째", "", "둘째\t칸");
        assertThat(split.truncated()).isFalse();
    }

    @Test
    void theTitleIsTheFileNameWithoutFolderOrExtension() {
        assertThat(Paragraphs.titleOf("C:\\docs\\참가계획서.최종.hwp")).isEqualTo("참가계획서.최종");
        assertThat(Paragraphs.titleOf(".hidden")).isEqualTo(".hidden");
    }
}
