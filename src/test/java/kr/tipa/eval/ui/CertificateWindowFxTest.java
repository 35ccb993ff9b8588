package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.testing.NpkiFixtures;
import kr.tipa.eval.testing.FakeNpkiHome;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The certificate picker in the window, over a fake NPKI home: at first run beside the default "이 컴퓨터에서 새 키
 * 만들기" (a wrong password leaves no profile; the right one registers me with the certificate and the window goes
 * on), and later from 파일 > 서명 인증서…, after which the status line names the certificate that signs.
 */
class CertificateWindowFxTest {

    @TempDir
    static Path npki;

    private static FakeNpkiHome home;

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void home() throws Exception {
        FxToolkit.registerPrimaryStage();
        home = FakeNpkiHome.write(npki);
    }

    @BeforeEach
    void open() throws Exception {
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        context = new AppContext(root.resolve("data"), new Messages(Locale.KOREAN), java.time.Clock.systemDefaultZone(),
                secrets);
        MainWindow window = new MainWindow(context, secrets, false, () -> { })
                .certificatePlaces(home::places);
        stage = FxToolkit.setupFixture(window::show);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(Window::isShowing).toList()
                .forEach(Window::hide));
        context.close();
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    private void profile() {
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("김평가");
        robot.clickOn("#affiliationField").write("한국무역협회");
        robot.clickOn("#idField").write("E03");
        robot.clickOn("#passwordField").write("folder-password");
        robot.clickOn("#confirmField").write("folder-password");
    }

    @SuppressWarnings("unchecked")
    private TableView<SigningCertificates.Choice> certificates() {
        return robot.lookup(".certpicker-table").queryAs(TableView.class);
    }

    private void pick(String commonName, String password) {
        robot.interact(() -> certificates().getSelectionModel().select(certificates().getItems().stream()
                .filter(c -> c.summary().commonName().equals(commonName)).findFirst().orElseThrow()));
        PasswordField field = robot.lookup(".certificate-picker #passwordField").queryAs(PasswordField.class);
        robot.interact(() -> field.setText(password));
        robot.interact(() -> robot.lookup(".certificate-picker #confirmButton").queryAs(Button.class).fire());
    }

    private String who() {
        return node(".status-who", Label.class).getText();
    }

    @Test
    void atFirstRunACertificateChosenInThePickerSignsAndAWrongPasswordLeavesNoProfile() {
        profile();
        assertThat(node("#newKeyRadio", RadioButton.class).isSelected()).as("a new key is the default").isTrue();
        robot.interact(() -> node("#certificateRadio", RadioButton.class).fire());
        Button save = node("#saveButton", Button.class);
        assertThat(save.getText()).isEqualTo("인증서 고르고 계속…");
        FxTestSupport.snapshot(robot, stage.getScene(), "first-run-profile-certificate");
        robot.interact(save::fire);
        waitUntil(() -> robot.lookup(".certpicker-table").tryQuery().isPresent()
                && !certificates().getItems().isEmpty());
        assertThat(robot.lookup(".certpicker-current").queryAs(Label.class).isVisible()).as("no key yet").isFalse();

        pick(FakeNpkiHome.KIM, "npki-Test#2023");
        waitUntil(() -> !robot.lookup(".certificate-picker .error-text").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup(".certificate-picker .error-text").queryAs(Label.class).getText())
                .contains("인증서 암호가 맞지 않습니다");
        assertThat(context.evaluators().self()).as("the profile waits for the certificate").isEmpty();

        pick(FakeNpkiHome.KIM, NpkiFixtures.PASSWORD);
        waitUntil(() -> robot.lookup("#importButton").tryQuery().isPresent());
        assertThat(robot.lookup(".certificate-picker").tryQuery()).isEmpty();
        assertThat(context.evaluators().self().orElseThrow().evaluator().name()).isEqualTo("김평가");
        Fingerprint kim = Fingerprint.of(home.kim().signCert());
        assertThat(context.keys().fingerprint("E03")).contains(kim);
        waitUntil(() -> who().contains(FakeNpkiHome.KIM));
        assertThat(who()).contains("yessign").contains(kim.shortForm());
        FxTestSupport.snapshot(robot, stage.getScene(), "first-run-certificate-done");
    }

    @Test
    void theSettingsMenuReplacesAKeyMadeHereWithACertificate() {
        profile();
        robot.interact(() -> node("#saveButton", Button.class).fire());
        waitUntil(() -> robot.lookup("#importButton").tryQuery().isPresent());
        waitUntil(() -> who().contains("이 컴퓨터에서 만든 키"));

        MenuItem item = node("#menuBar", MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "certificateItem".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).isFalse();
        robot.interact(item::fire);
        waitUntil(() -> robot.lookup(".certpicker-table").tryQuery().isPresent()
                && !certificates().getItems().isEmpty());
        assertThat(robot.lookup(".certpicker-current").queryAs(Label.class).getText()).contains("이 컴퓨터에서 만든 키");
        pick(FakeNpkiHome.HONG, NpkiFixtures.PASSWORD);

        Fingerprint hong = Fingerprint.of(home.hong().signCert());
        waitUntil(() -> who().contains(FakeNpkiHome.HONG));
        assertThat(context.keys().fingerprint("E03")).contains(hong);
        assertThat(who()).contains("yessign").contains(hong.shortForm());
        waitUntil(() -> node("#statusBar", StatusBar.class).getText().contains("서명 인증서를 바꾸었습니다"));
        FxTestSupport.snapshot(robot, stage.getScene(), "settings-certificate-done");
    }
}
