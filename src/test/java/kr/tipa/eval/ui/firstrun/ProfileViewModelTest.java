package kr.tipa.eval.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.testing.FakeNpkiHome;
import kr.tipa.eval.testing.NpkiFixtures;
import kr.tipa.eval.ui.WindowSecrets;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run profile over a real data folder: what may be saved, what is refused, what is written. */
class ProfileViewModelTest {

    private static final Messages MESSAGES = new Messages(Locale.KOREAN);

    @TempDir
    Path root;

    private AppContext context;
    private WindowSecrets secrets;
    private ProfileViewModel model;
    private int created;

    @BeforeEach
    void open() {
        secrets = new WindowSecrets(MESSAGES);
        context = new AppContext(root.resolve("data"), MESSAGES, java.time.Clock.systemDefaultZone(), secrets);
        model = new ProfileViewModel(context.evaluators(), context.keys(), context.signingCertificates(), secrets,
                new SynchronousTasks(), MESSAGES, () -> created++);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void fill(String id, String password, String confirm) {
        model.nameProperty().set("김평가");
        model.affiliationProperty().set("한국무역협회");
        model.idProperty().set(id);
        model.passwordProperty().set(password);
        model.confirmProperty().set(confirm);
    }

    @Test
    void aPasswordOfSevenCharactersCannotBeSavedAndOfEightCan() {
        fill("E03", "1234567", "1234567");
        assertThat(model.canSaveProperty().get()).isFalse();
        model.passwordProperty().set("12345678");
        assertThat(model.canSaveProperty().get()).isTrue();
        model.nameProperty().set("  ");
        assertThat(model.canSaveProperty().get()).as("a blank name").isFalse();
    }

    @Test
    void passwordsThatDifferAreRefusedAndNothingIsWritten() {
        fill("E03", "password-1", "password-2");
        model.save();
        assertThat(model.errorProperty().get()).isEqualTo(MESSAGES.get("profile.password.mismatch"));
        assertThat(created).isZero();
        assertThat(context.hasDatabase()).isFalse();
        assertThat(secrets.known()).isFalse();
    }

    @Test
    void aSavedProfileHasItsSigningKeyAndTheSessionKeepsThePassword() {
        fill(" E03 ", "password-1", "password-1");
        model.save();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(created).isEqualTo(1);
        assertThat(context.evaluators().self().orElseThrow().id()).isEqualTo("E03");
        assertThat(context.keys().fingerprint("E03")).isPresent();
        assertThat(secrets.matches("password-1".toCharArray())).isTrue();
    }

    @Test
    void anIdThatIsNotSafeIsRefusedWithItsReasonAndWhatWasTypedStays() {
        fill("위원 3", "password-1", "password-1");
        model.save();
        assertThat(model.errorProperty().get()).contains("위원 3");
        assertThat(created).isZero();
        assertThat(model.nameProperty().get()).isEqualTo("김평가");
        assertThat(model.canSaveProperty().get()).as("saving again is possible").isTrue();
    }

    @Test
    void afterAPanelPackageOnlyAnIdOnItsRosterMakesAProfile() throws Exception {
        secrets.remember("password-1".toCharArray());
        Path bundle = root.resolve("p1.tbundle");
        kr.tipa.eval.testing.SignedBundles.v2(2, kr.tipa.eval.testing.SignedBundles.agency()).write(bundle);
        context.imports().importBundle(bundle, false, "test", kr.tipa.eval.bundle.ReadProgress.NONE);

        fill("E09", "password-1", "password-1");
        model.save();
        assertThat(model.errorProperty().get()).contains("E09").contains("E01, E02, E03");
        assertThat(created).isZero();
        assertThat(context.evaluators().self()).isEmpty();

        model.idProperty().set("E02");
        model.save();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(created).isEqualTo(1);
        assertThat(context.evaluators().self().orElseThrow().id()).isEqualTo("E02");
    }

    @Test
    void withACertificateAWrongPasswordLeavesNoProfileAndTheRightOneRegistersMeWithIt() throws Exception {
        FakeNpkiHome home = FakeNpkiHome.write(root.resolve("npki"));
        fill("E03", "password-1", "password-1");
        model.withCertificateProperty().set(true);
        assertThat(model.readyForCertificate()).isTrue();
        assertThat(secrets.known()).as("the folder's password, for the key the picker stores").isTrue();

        assertThatThrownBy(() -> model.registerWith(home.kim().folder(), "npki-Test#2023".toCharArray()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("암호가 맞지 않습니다");
        assertThat(context.evaluators().self()).as("both or neither").isEmpty();
        assertThat(context.keys().fingerprint("E03")).isEmpty();

        CertificateSummary taken = model.registerWith(home.kim().folder(), NpkiFixtures.PASSWORD.toCharArray());
        model.registered();

        assertThat(taken.commonName()).isEqualTo(FakeNpkiHome.KIM);
        assertThat(context.evaluators().self().orElseThrow().evaluator().name()).isEqualTo("김평가");
        assertThat(context.keys().fingerprint("E03")).contains(Fingerprint.of(home.kim().signCert()));
        assertThat(created).isEqualTo(1);
    }

    @Test
    void withACertificatePasswordsThatDifferDoNotOpenThePicker() {
        fill("E03", "password-1", "password-2");
        model.withCertificateProperty().set(true);
        assertThat(model.readyForCertificate()).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo(MESSAGES.get("profile.password.mismatch"));
        assertThat(secrets.known()).isFalse();
    }

    @Test
    void eachFieldSaysWhatIsWrongWithItAsTypedAndAnEmptyFieldIsNotWrongYet() {
        assertThat(model.nameProblemProperty().get()).isEmpty();
        assertThat(model.idProblemProperty().get()).isEmpty();
        assertThat(model.passwordProblemProperty().get()).isEmpty();
        assertThat(model.confirmProblemProperty().get()).isEmpty();
        model.nameProperty().set("   ");
        assertThat(model.nameProblemProperty().get()).isEqualTo("이름에 글자가 없습니다(공백뿐입니다).");
        model.nameProperty().set("김평가");
        assertThat(model.nameProblemProperty().get()).isEmpty();
    }

    @Test
    void aPasswordOfSevenIsMarkedAndOfEightIsNot() {
        model.passwordProperty().set("1234567");
        assertThat(model.passwordProblemProperty().get()).isEqualTo("암호는 8자 이상이어야 합니다(지금 7자).");
        model.passwordProperty().set("12345678");
        assertThat(model.passwordProblemProperty().get()).isEmpty();
    }

    @Test
    void anIdIsMarkedByTheEvaluatorsOwnRuleAndSavingSaysTheSame() {
        model.idProperty().set("E-3");
        assertThat(model.idProblemProperty().get()).isEmpty();
        model.idProperty().set("-E3");
        assertThat(model.idProblemProperty().get()).contains("‘-E3’");
        model.idProperty().set("E".repeat(64));
        assertThat(model.idProblemProperty().get()).isEmpty();
        model.idProperty().set("E".repeat(65));
        assertThat(model.idProblemProperty().get()).isNotEmpty();
        fill("위원 3", "password-1", "password-1");
        model.save();
        assertThat(model.errorProperty().get()).isEqualTo(model.idProblemProperty().get());
        assertThat(context.hasDatabase()).isFalse();
    }

    @Test
    void theRepeatIsWrongOnceItLeavesTheStartOfThePassword() {
        model.passwordProperty().set("password-1");
        model.confirmProperty().set("pass");
        assertThat(model.confirmProblemProperty().get()).as("still being typed").isEmpty();
        model.confirmProperty().set("passX");
        assertThat(model.confirmProblemProperty().get()).isEqualTo(MESSAGES.get("profile.password.mismatch"));
        model.confirmProperty().set("password-1");
        assertThat(model.confirmProblemProperty().get()).isEmpty();
        model.confirmProperty().set("password-12");
        assertThat(model.confirmProblemProperty().get()).as("longer than the password").isNotEmpty();
    }
}
