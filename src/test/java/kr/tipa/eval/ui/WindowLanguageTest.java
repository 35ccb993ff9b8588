package kr.tipa.eval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.ButtonType;
import kr.tipa.eval.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dialogs' stock buttons speak the window's language, whatever the system's is. */
class WindowLanguageTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aKoreanWindowOnAnEnglishSystemHasKoreanButtons() {
        Locale.setDefault(Locale.US);
        WindowLauncher.followLanguage(new Messages(Locale.KOREAN));
        assertThat(ButtonType.OK.getText()).isEqualTo("확인");
        assertThat(ButtonType.CANCEL.getText()).isEqualTo("취소");
    }

    @Test
    void anEnglishWindowOnAKoreanSystemHasEnglishButtons() {
        Locale.setDefault(Locale.KOREA);
        WindowLauncher.followLanguage(new Messages(Locale.ENGLISH));
        assertThat(ButtonType.OK.getText()).isEqualTo("OK");
        assertThat(ButtonType.CANCEL.getText()).isEqualTo("Cancel");
    }
}
