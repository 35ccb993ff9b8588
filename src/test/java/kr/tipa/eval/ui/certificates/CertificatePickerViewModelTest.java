package kr.tipa.eval.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.testing.FakeNpkiHome;
import kr.tipa.eval.testing.NpkiFixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picker's view model without the toolkit: what it offers, and what it refuses before any import. */
class CertificatePickerViewModelTest {

    @TempDir
    static Path npki;

    private static FakeNpkiHome home;

    @TempDir
    Path dir;

    private AppContext context;
    private final List<Path> imported = new ArrayList<>();
    private final List<CertificateSummary> done = new ArrayList<>();

    @BeforeAll
    static void write() throws Exception {
        home = FakeNpkiHome.write(npki);
    }

    @BeforeEach
    void open() {
        context = Panels.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private CertificatePickerViewModel picker(List<SigningCertificates.Place> places) {
        CertificatePickerViewModel model = new CertificatePickerViewModel(context.signingCertificates(), () -> places,
                null, (folder, password) -> {
                    imported.add(folder);
                    return CertificateSummary.of(home.kim().signCert());
                }, new SynchronousTasks(), context.messages(), done::add);
        model.load();
        return model;
    }

    private SigningCertificates.Choice named(CertificatePickerViewModel model, String commonName) {
        return model.certificates().stream().filter(c -> c.summary().commonName().equals(commonName)).findFirst()
                .orElseThrow();
    }

    @Test
    void nothingFoundSaysWhereThePickerLooked() {
        Path nowhere = dir.resolve("nowhere/NPKI");
        CertificatePickerViewModel model = picker(List.of(new SigningCertificates.Place(
                SigningCertificates.Kind.HARD_DISK, nowhere)));

        assertThat(model.locations()).isEmpty();
        assertThat(model.certificates()).isEmpty();
        assertThat(model.noticeProperty().get()).contains("공동인증서를 찾지 못했습니다").contains(nowhere.toString());
        assertThat(model.canConfirmProperty().get()).isFalse();
    }

    @Test
    void theFirstPlaceHoldingCertificatesIsShownWithAUsableOneChosen() {
        List<SigningCertificates.Place> places = new ArrayList<>(List.of(new SigningCertificates.Place(
                SigningCertificates.Kind.REMOVABLE, Path.of(npki.toString(), "media/USB/NPKI"))));
        places.add(0, home.places().get(0));
        CertificatePickerViewModel model = picker(places);

        assertThat(model.locations()).hasSize(2);
        assertThat(model.locationProperty().get().place().kind()).isEqualTo(SigningCertificates.Kind.HARD_DISK);
        assertThat(model.certificates()).hasSize(3);
        assertThat(model.selectedProperty().get().usable()).isTrue();
        assertThat(named(model, FakeNpkiHome.EXPIRED).status()).isEqualTo(SigningCertificates.Status.EXPIRED);
        assertThat(model.noticeProperty().get()).isEmpty();

        model.locationProperty().set(model.locations().get(1));
        assertThat(model.certificates()).singleElement().satisfies(c -> assertThat(c.summary().commonName())
                .isEqualTo(FakeNpkiHome.USB));
    }

    @Test
    void confirmingNeedsAPasswordAndAnExpiredCertificateIsRefusedWithoutAnImport() {
        CertificatePickerViewModel model = picker(home.places());
        model.selectedProperty().set(named(model, FakeNpkiHome.EXPIRED));
        assertThat(model.canConfirmProperty().get()).as("no password yet").isFalse();
        model.passwordProperty().set(NpkiFixtures.PASSWORD);
        assertThat(model.canConfirmProperty().get()).isTrue();

        model.confirm();

        assertThat(model.errorProperty().get()).contains("2023-03-25 23:59:59");
        assertThat(model.passwordProperty().get()).as("the password is forgotten").isEmpty();
        assertThat(imported).isEmpty();
        assertThat(model.finishedProperty().get()).isFalse();
    }

    @Test
    void aUsableCertificateGoesToTheImporterAndThePickerFinishes() {
        CertificatePickerViewModel model = picker(home.places());
        model.selectedProperty().set(named(model, FakeNpkiHome.KIM));
        model.passwordProperty().set(NpkiFixtures.PASSWORD);

        model.confirm();

        assertThat(imported).containsExactly(home.kim().folder());
        assertThat(done).hasSize(1);
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(model.passwordProperty().get()).isEmpty();
    }
}
