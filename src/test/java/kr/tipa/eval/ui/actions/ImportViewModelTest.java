package kr.tipa.eval.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.SignedBundles;
import kr.tipa.eval.testing.ZipEdit;
import kr.tipa.eval.ui.StatusLine;
import kr.tipa.eval.ui.actions.ImportViewModel.ImportResult;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window tells after an import: the agency's fingerprint to confirm, a signature refusal as such. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private ImportViewModel model;
    private final StatusLine status = new StatusLine();
    private final List<ImportResult> results = new ArrayList<>();

    @BeforeEach
    void open() {
        context = Panels.open(dir.resolve("data"));
        model = new ImportViewModel(context.imports(), new DemoLoader(context.imports(), context.rounds(),
                context.folder()), new SynchronousTasks(), Messages.korean(), status, () -> "test", () -> { });
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path signed() throws Exception {
        Path zip = dir.resolve("round.tbundle");
        SignedBundles.v2(2, SignedBundles.agency()).write(zip);
        return zip;
    }

    @Test
    void theFirstSignedRoundOfAProgrammeAsksForAPhoneCheckOfTheAgencysFingerprint() throws Exception {
        model.importBundle(signed(), false, results::add);
        ImportResult.Done done = (ImportResult.Done) results.getFirst();
        String fingerprint = SignedBundles.agency().fingerprint().value();
        var notice = model.agencyNotice(done.outcome()).orElseThrow();
        assertThat(notice.header()).startsWith("전담기관에 전화로 지문을 확인하십시오");
        assertThat(notice.details()).contains("지문 앞부분(전화로 확인할 때): " + fingerprint.substring(0, 23))
                .contains("전체 지문(SHA-256): " + fingerprint).contains(Fixtures.PROGRAM_CODE);
        assertThat(status.textProperty().get()).endsWith("전담기관 서명 확인: " + fingerprint.substring(0, 23));
    }

    @Test
    void aLaterBundleSignedByThePinnedCertificateAsksNothing() throws Exception {
        model.importBundle(signed(), false, results::add);
        Path again = dir.resolve("again.tbundle");
        SignedBundles.v2(3, SignedBundles.agency()).write(again);
        model.importBundle(again, true, results::add);
        ImportResult.Done done = (ImportResult.Done) results.getLast();
        assertThat(done.outcome().agencySignature()).isPresent();
        assertThat(model.agencyNotice(done.outcome())).isEmpty();
    }

    @Test
    void anUnsignedVersionOneBundleHasNoAgencyToConfirm() throws Exception {
        Path zip = dir.resolve("v1.zip");
        Fixtures.bundle(2).write(zip);
        model.importBundle(zip, false, results::add);
        assertThat(model.agencyNotice(((ImportResult.Done) results.getFirst()).outcome())).isEmpty();
    }

    @Test
    void aManifestChangedAfterSigningIsASignatureRefusalNotAnOrdinaryOne() throws Exception {
        Path tampered = ZipEdit.of(signed()).replaceText("manifest.json", m -> m.replace("\"capacity\" : 50",
                "\"capacity\" : 51")).write(dir.resolve("tampered.tbundle"));
        model.importBundle(tampered, false, results::add);
        assertThat(results.getFirst()).isInstanceOfSatisfying(ImportResult.SignatureRefused.class, r -> {
            assertThat(r.title()).isEqualTo("서명 문제로 번들을 거부했습니다 — tampered.tbundle");
            assertThat(r.details()).contains("서명이 맞지 않습니다");
        });
        assertThat(context.rounds().all()).isEmpty();
    }

    @Test
    void aRefusedContentStaysAnOrdinaryRefusal() throws Exception {
        Path broken = ZipEdit.of(signed()).remove("manifest.json").write(dir.resolve("broken.tbundle"));
        model.importBundle(broken, false, results::add);
        assertThat(results.getFirst()).isInstanceOf(ImportResult.Refused.class);
    }
}
