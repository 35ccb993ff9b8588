package kr.tipa.eval.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
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
        model = new ProfileViewModel(context.evaluators(), context.keys(), secrets, new SynchronousTasks(), MESSAGES,
                () -> created++);
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
}
