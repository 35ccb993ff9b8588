package kr.tipa.eval.signing.npki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.tipa.eval.testing.NpkiFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 공동인증서 in fake homes and drives (never the real home) for every desktop system. */
class NpkiFinderTest {

    private static final Instant FROM = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TO = Instant.now().plus(335, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path home;

    @TempDir
    Path fileSystem;

    private NpkiFixtures.Written certificate(Path npki, String name) throws Exception {
        return NpkiFixtures.write(npki, name, FROM, TO, NpkiFixtures.Form.PBE_SHA1_SEED, NpkiFixtures.PASSWORD);
    }

    @Test
    void onLinuxTheHomeAndEveryMountedDriveAreSearched() throws Exception {
        NpkiFixtures.Written inHome = certificate(home.resolve("NPKI"), "홍길동()0012345678901234");
        NpkiFixtures.Written onUsb = certificate(fileSystem.resolve("media/kim/USB DISK/NPKI"), "김평가()0099");
        NpkiFixtures.Written onRunMedia = certificate(fileSystem.resolve("run/media/kim/SD/NPKI"), "이검토()0077");
        NpkiFixtures.Written onMnt = certificate(fileSystem.resolve("mnt/usb0/NPKI"), "박위원()0055");
        certificate(fileSystem.resolve("media/other/USB/NPKI"), "남의것()0001");

        List<Path> places = NpkiLocations.candidates(NpkiLocations.Os.LINUX, home, "kim", List.of(fileSystem));
        NpkiFinder.Found found = NpkiFinder.find(places);

        assertThat(found.certificates()).extracting(NpkiEntry::folder)
                .containsExactly(inHome.folder(), onUsb.folder(), onRunMedia.folder(), onMnt.folder());
        assertThat(found.certificates()).allSatisfy(e -> {
            assertThat(e.authority()).isEqualTo("yessign");
            assertThat(e.hasSigningKey()).isTrue();
        });
        assertThat(found.certificates().get(0).certificate()).isEqualTo(inHome.signCert());
    }

    @Test
    void onWindowsLocalLowAndTheRootOfEachDrive() throws Exception {
        Path c = Files.createDirectories(fileSystem.resolve("C"));
        Path e = Files.createDirectories(fileSystem.resolve("E"));
        NpkiFixtures.Written local = certificate(home.resolve("AppData/LocalLow/NPKI"), "홍길동()0012345678901234");
        NpkiFixtures.Written usb = certificate(e.resolve("NPKI"), "김평가()0099");

        List<Path> places = NpkiLocations.candidates(NpkiLocations.Os.WINDOWS, home, "kim", List.of(c, e));

        assertThat(places).containsExactly(home.resolve("AppData").resolve("LocalLow").resolve("NPKI"),
                c.resolve("NPKI"), e.resolve("NPKI"));
        assertThat(NpkiFinder.find(places).certificates()).extracting(NpkiEntry::folder)
                .containsExactly(local.folder(), usb.folder());
    }

    @Test
    void onMacPreferencesDocumentsAndVolumes() throws Exception {
        NpkiFixtures.Written preferences = certificate(home.resolve("Library/Preferences/NPKI"), "홍길동()001");
        NpkiFixtures.Written documents = certificate(home.resolve("Documents/NPKI"), "김평가()0099");
        NpkiFixtures.Written volume = certificate(fileSystem.resolve("Volumes/NO NAME/NPKI"), "이검토()0077");

        List<Path> places = NpkiLocations.candidates(NpkiLocations.Os.MAC, home, "kim", List.of(fileSystem));

        assertThat(NpkiFinder.find(places).certificates()).extracting(NpkiEntry::folder)
                .containsExactly(preferences.folder(), documents.folder(), volume.folder());
    }

    @Test
    void aDriveRootAnNpkiFolderACaFolderOrOneCertificateFolderAllWorkAsAPlace() throws Exception {
        NpkiFixtures.Written written = certificate(fileSystem.resolve("NPKI"), "홍길동()0012345678901234");

        for (Path place : List.of(fileSystem, fileSystem.resolve("NPKI"), fileSystem.resolve("NPKI/yessign"),
                written.folder())) {
            List<NpkiEntry> found = NpkiFinder.find(List.of(place)).certificates();
            assertThat(found).as("%s", place).hasSize(1);
            assertThat(found.get(0).folder()).isEqualTo(written.folder());
            assertThat(found.get(0).authority()).isEqualTo("yessign");
        }
    }

    @Test
    void theSameFolderGivenTwiceIsListedOnceAndMissingPlacesAreSkipped() throws Exception {
        certificate(home.resolve("NPKI"), "홍길동()0012345678901234");

        NpkiFinder.Found found = NpkiFinder.find(List.of(home.resolve("NPKI"), home.resolve("없음"), home));

        assertThat(found.certificates()).hasSize(1);
    }

    @Test
    void aDamagedCertificateIsReportedAndTheOthersStillListed() throws Exception {
        NpkiFixtures.Written good = certificate(home.resolve("NPKI"), "홍길동()0012345678901234");
        NpkiFixtures.Written bad = certificate(home.resolve("NPKI"), "김평가()0099");
        Files.writeString(bad.folder().resolve("signCert.der"), "damaged");
        Files.delete(good.signKey());

        NpkiFinder.Found found = NpkiFinder.find(List.of(home.resolve("NPKI")));

        assertThat(found.certificates()).extracting(NpkiEntry::folder).containsExactly(good.folder());
        assertThat(found.certificates().get(0).hasSigningKey()).isFalse();
        assertThat(found.unreadable()).singleElement().satisfies(e -> {
            assertThat(e.problem()).isEqualTo(NpkiException.Problem.NOT_A_CERTIFICATE);
            assertThat(e.args().get(0).toString()).isEqualTo(bad.folder().resolve("signCert.der").toString());
        });
    }

    @Test
    void theOperatingSystemIsToldFromItsName() {
        assertThat(NpkiLocations.Os.of("Windows 11")).isEqualTo(NpkiLocations.Os.WINDOWS);
        assertThat(NpkiLocations.Os.of("Mac OS X")).isEqualTo(NpkiLocations.Os.MAC);
        assertThat(NpkiLocations.Os.of("Linux")).isEqualTo(NpkiLocations.Os.LINUX);
    }
}
