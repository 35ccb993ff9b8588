package kr.tipa.eval.ui.certificates;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.testing.FakeNpkiHome;
import kr.tipa.eval.testing.NpkiFixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.RosterBundles;
import kr.tipa.eval.ui.FxTestSupport;
import kr.tipa.eval.ui.tasks.FxTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The certificate picker over a fake NPKI home (two certificates and an expired one on the hard disk, one on a
 * USB drive), as the evaluator's settings open it: it lists 사용자, 만료일 and 발급자, greys the expired one, says a
 * wrong password under the field and changes nothing, and with the right one makes the certificate the key
 * E01 signs with.
 */
class CertificatePickerFxTest {

    @TempDir
    static Path npki;

    static FakeNpkiHome home;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<CertificateSummary> taken = new ArrayList<>();
    private AppContext context;
    private FxTasks tasks;
    private Stage owner;

    @BeforeAll
    static void home() throws Exception {
        FxToolkit.registerPrimaryStage();
        home = FakeNpkiHome.write(npki);
    }

    @BeforeEach
    void open() throws Exception {
        context = Panels.open(dir.resolve("data"));
        context.evaluators().add("E01", "홍길동", "한국무역협회", true);
        context.keys().create("E01", "홍길동", "한국무역협회");
        owner = FxToolkit.setupFixture(() -> {
            tasks = new FxTasks();
            Stage s = new Stage();
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
            s.show();
            return s;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            Window.getWindows().stream().filter(Window::isShowing).toList().forEach(Window::hide);
            tasks.close();
        });
        context.close();
    }

    private void openPicker() {
        CertificatePickers pickers = new CertificatePickerDialogs(context.signingCertificates(), home::places,
                tasks, context.messages());
        robot.interact(() -> pickers.open(owner, "E01", (folder, password) -> context.signingCertificates()
                .use("E01", folder, password), taken::add));
        waitUntil(() -> robot.lookup(".certpicker-table").tryQuery().isPresent() && !table().getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<SigningCertificates.Choice> table() {
        return robot.lookup(".certpicker-table").queryAs(TableView.class);
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    /** Each filled row's cells as drawn: 사용자, 만료일, 발급자. */
    private List<List<String>> rows() {
        return robot.lookup(".certpicker-table .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() != null).map(r -> r.lookupAll(".table-cell").stream()
                        .map(c -> ((javafx.scene.control.Labeled) c).getText()).toList()).toList();
    }

    private void choose(NpkiFixtures.Written which) {
        String cn = CertificateSummary.of(which.signCert()).commonName();
        robot.interact(() -> {
            var item = table().getItems().stream().filter(c -> c.summary().commonName().equals(cn)).findFirst()
                    .orElseThrow();
            table().getSelectionModel().select(item);
        });
    }

    private void type(String password) {
        PasswordField field = node("#passwordField", PasswordField.class);
        robot.interact(() -> field.setText(password));
    }

    private String errorText() {
        return node(".certificate-picker .error-text", Label.class).getText();
    }

    private boolean pickerOpen() {
        return robot.lookup(".certificate-picker").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    @Test
    void theHardDisksCertificatesAreListedWithUserExpiryAndIssuerAndTheExpiredOneIsGreyed() {
        openPicker();

        assertThat(node("#location-0", ToggleButton.class).getText()).isEqualTo("하드디스크 (3)");
        assertThat(node("#location-1", ToggleButton.class).getText()).isEqualTo("이동식디스크 (1)");
        assertThat(robot.lookup("#location-2").tryQuery()).as("a drive without NPKI is not offered").isEmpty();
        assertThat(node("#location-0", ToggleButton.class).isSelected()).isTrue();
        assertThat(table().getColumns()).extracting(c -> c.getText()).containsExactly("사용자", "만료일", "발급자");
        assertThat(table().getItems()).hasSize(3);
        assertThat(rows()).containsExactlyInAnyOrder(List.of("김평가()0098765432109876", "2027-03-25", "yessign"),
                List.of("홍길동()0012345678901234", "2027-03-25", "yessign"),
                List.of("홍길동()0011112222333344", "2023-03-25 (만료)", "yessign"));
        waitUntil(() -> robot.lookup(".certpicker-unusable").queryAll().size() == 1);
        TableRow<?> greyed = robot.lookup(".certpicker-unusable").queryAs(TableRow.class);
        assertThat(((SigningCertificates.Choice) greyed.getItem()).summary().commonName())
                .isEqualTo("홍길동()0011112222333344");
        assertThat(node(".certpicker-current", Label.class).getText()).contains("홍길동").contains(
                context.keys().fingerprint("E01").orElseThrow().shortForm());
        assertThat(table().getSelectionModel().getSelectedItem().usable()).as("a usable one is chosen first").isTrue();
        choose(home.hong());
        assertThat(node(".certpicker-detail", Label.class).getText()).contains("CN=홍길동()0012345678901234")
                .contains(Fingerprint.of(home.hong().signCert()).shortForm());
        Path shot = FxTestSupport.snapshot(robot, node(".certificate-picker", Node.class).getScene(),
                "certificate-picker");
        assertThat(shot).exists();

        robot.interact(() -> node("#location-1", ToggleButton.class).fire());
        assertThat(table().getItems()).singleElement().satisfies(c -> assertThat(c.summary().commonName())
                .isEqualTo("홍길동()0055556666777788"));
        assertThat(node(".certificate-picker .hint", Label.class).getText()).contains("media");
    }

    @Test
    void aWrongPasswordIsSaidUnderTheFieldAndChangesNothing() {
        Fingerprint before = context.keys().fingerprint("E01").orElseThrow();
        openPicker();
        choose(home.hong());
        type("npki-Test#2023");

        robot.interact(() -> node("#confirmButton", Button.class).fire());

        waitUntil(() -> !errorText().isEmpty());
        assertThat(errorText()).contains("인증서 암호가 맞지 않습니다")
                .contains("아무것도 바뀌지 않았습니다");
        assertThat(node("#passwordField", PasswordField.class).getText()).isEmpty();
        assertThat(pickerOpen()).isTrue();
        assertThat(context.keys().fingerprint("E01")).contains(before);
        assertThat(taken).isEmpty();
        FxTestSupport.snapshot(robot, node(".certificate-picker", Node.class).getScene(),
                "certificate-picker-wrong-password");
    }

    @Test
    void anExpiredCertificateIsRefusedNamingItsDatesAndChangesNothing() {
        Fingerprint before = context.keys().fingerprint("E01").orElseThrow();
        openPicker();
        choose(home.expired());
        type(NpkiFixtures.PASSWORD);

        robot.interact(() -> node("#confirmButton", Button.class).fire());

        waitUntil(() -> !errorText().isEmpty());
        assertThat(errorText()).contains("유효기간이 끝났습니다").contains("2022-03-25 00:00:00")
                .contains("2023-03-25 23:59:59");
        assertThat(context.keys().fingerprint("E01")).contains(before);
        assertThat(taken).isEmpty();
    }

    @Test
    void theRightPasswordMakesTheCertificateTheKeyThatSignsAndClosesThePicker() {
        openPicker();
        choose(home.kim());
        type(NpkiFixtures.PASSWORD);

        robot.interact(() -> node("#confirmButton", Button.class).fire());

        waitUntil(() -> !taken.isEmpty());
        waitUntil(() -> !pickerOpen());
        assertThat(context.keys().fingerprint("E01")).contains(Fingerprint.of(home.kim().signCert()));
        assertThat(taken.get(0).commonName()).isEqualTo("김평가()0098765432109876");
        assertThat(context.audit().all()).extracting(e -> e.action()).contains("KEY_IMPORTED");
    }

    @Test
    void aCertificateTheRostersDoesNotNameIsRefusedNamingBothFingerprints() throws Exception {
        // The round's roster names 홍길동's certificate for E03; 김평가's is chosen.
        context.evaluators().add("E03", "박위원", "", false);
        context.imports().importBundle(RosterBundles.write(dir.resolve("round.tbundle"), "round-1", 2,
                Map.of("E03", Fingerprint.of(home.hong().signCert()).value())), false, "test", ReadProgress.NONE);
        CertificatePickers pickers = new CertificatePickerDialogs(context.signingCertificates(), home::places,
                tasks, context.messages());
        robot.interact(() -> pickers.open(owner, "E03", (folder, password) -> context.signingCertificates()
                .use("E03", folder, password), taken::add));
        waitUntil(() -> robot.lookup(".certpicker-table").tryQuery().isPresent() && !table().getItems().isEmpty());
        choose(home.kim());
        type(NpkiFixtures.PASSWORD);

        robot.interact(() -> node("#confirmButton", Button.class).fire());

        waitUntil(() -> !errorText().isEmpty());
        assertThat(errorText()).contains("회차 명단에 적힌 인증서").contains(Fingerprint.of(home.hong().signCert()).value())
                .contains(Fingerprint.of(home.kim().signCert()).value());
        assertThat(context.keys().fingerprint("E03")).isEmpty();
        assertThat(taken).isEmpty();
    }
}
