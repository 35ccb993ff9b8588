package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleIntegrityException;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.PanelRole;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.DataState;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.SignedBundles;
import kr.tipa.eval.testing.ZipEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles of format version 2: signed by the agency, verified before anything is written, the agency's
 * certificate pinned per programme, and the panels, roster, 제척 and blind flag kept with the round.
 */
class SignedImportTest {

    @TempDir
    Path root;

    private AppContext context;

    @BeforeEach
    void open() {
        context = new AppContext(root.resolve("data"), Messages.korean());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path write(BundleWriter writer, String name) throws Exception {
        Path zip = root.resolve(name);
        writer.write(zip);
        return zip;
    }

    /** The fingerprint as keytool shows it, worked out here from the certificate's bytes. */
    private static String fingerprint(SigningIdentity identity) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.certificate().getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    private ImportOutcome importing(Path bundle) throws Exception {
        return context.imports().importBundle(bundle, true, "test", ReadProgress.NONE);
    }

    private BundleIntegrityException refusedForIntegrity(Path bundle, Optional<Fingerprint> letter) {
        return catchThrowableOfType(BundleIntegrityException.class,
                () -> context.imports().importBundle(bundle, true, letter, "test", ReadProgress.NONE));
    }

    @Test
    void aSignedRoundPinsTheAgencyAndKeepsItsPanelsRosterConflictsAndBlindFlag() throws Exception {
        ImportOutcome outcome = importing(write(SignedBundles.v2(3, SignedBundles.agency()), "round.tbundle"));

        assertThat(outcome.agencySignature()).get().satisfies(a -> {
            assertThat(a.fingerprint()).isEqualTo(fingerprint(SignedBundles.agency()));
            assertThat(a.signerName()).isEqualTo("중소기업기술정보진흥원");
            assertThat(a.pinnedNow()).isTrue();
        });
        assertThat(outcome.screening()).containsEntry(ScreeningStatus.ELIGIBLE, 3L);
        Round round = context.rounds().require(Fixtures.PROGRAM_CODE);
        assertThat(context.rounds().blind(round)).isTrue();
        Panel panel = context.rounds().panels(round).get(0);
        assertThat(panel.id()).isEqualTo("P1");
        assertThat(panel.name()).isEqualTo("제1분과");
        assertThat(panel.receiptNos()).containsExactly("2024-EXP-0001", "2024-EXP-0002", "2024-EXP-0003");
        assertThat(panel.members()).containsExactly(
                new RosterMember("E01", "김위원장", "한국대학교", PanelRole.CHAIR, "AB:".repeat(31) + "AB"),
                new RosterMember("E02", "이위원", "", PanelRole.MEMBER, null),
                new RosterMember("E03", "박위원", "", PanelRole.MEMBER, null));
        assertThat(context.rounds().setup(round).orElseThrow().conflicts())
                .containsExactly(new AgencyConflict("E02", "2024-EXP-0001", "신청기업 자문 이력"));
        assertThat(context.rounds().agencyPin(round).orElseThrow().fingerprint())
                .isEqualTo(fingerprint(SignedBundles.agency()));
        assertThat(context.audit().all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("AGENCY_PIN");
            assertThat(e.detailJson()).contains(fingerprint(SignedBundles.agency()));
        });
    }

    @Test
    void oneChangedByteOfTheManifestIsAnIntegrityFaultAndNothingIsWritten() throws Exception {
        importing(write(Fixtures.bundle(1), "other.tbundle"));
        DataState before = DataState.of(context, root);
        Path signed = write(SignedBundles.v2(2, SignedBundles.agency()), "round.tbundle");
        Path tampered = ZipEdit.of(signed).replaceText("manifest.json", m -> m.replace("\"capacity\" : 50",
                "\"capacity\" : 51")).write(root.resolve("tampered.tbundle"));
        Files.delete(signed);

        BundleIntegrityException e = refusedForIntegrity(tampered, Optional.empty());

        assertThat(e.problems().get(0).file()).isEqualTo("META-INF/manifest.json.p7s");
        assertThat(e.problems().get(0).message().key()).isEqualTo("bundle.signature.MISMATCH");
        Files.delete(tampered);
        assertThat(DataState.of(context, root)).isEqualTo(before);
    }

    @Test
    void aChangeThatBreaksTheManifestsJsonIsStillASignatureFault() throws Exception {
        Path signed = write(SignedBundles.v2(1, SignedBundles.agency()), "round.tbundle");
        Path tampered = ZipEdit.of(signed).replaceText("manifest.json", m -> "[" + m.substring(1))
                .write(root.resolve("tampered.tbundle"));

        assertThat(refusedForIntegrity(tampered, Optional.empty()).problems().get(0).message().key())
                .isEqualTo("bundle.signature.MISMATCH");
    }

    @Test
    void aVersionTwoBundleWithoutItsSignatureIsRefused() throws Exception {
        Path signed = write(SignedBundles.v2(1, SignedBundles.agency()), "round.tbundle");
        Path unsigned = ZipEdit.of(signed).remove("META-INF/manifest.json.p7s").write(root.resolve("unsigned.tbundle"));

        BundleIntegrityException e = refusedForIntegrity(unsigned, Optional.empty());

        assertThat(e.problems().get(0).message().key()).isEqualTo("bundle.signature.missing");
        assertThat(e.render(Messages.korean())).contains("META-INF/manifest.json.p7s");
    }

    @Test
    void aSignatureThatIsNoCmsIsRefused() throws Exception {
        Path signed = write(SignedBundles.v2(1, SignedBundles.agency()), "round.tbundle");
        Path garbage = ZipEdit.of(signed).put("META-INF/manifest.json.p7s", "not a signature".getBytes())
                .write(root.resolve("garbage.tbundle"));

        assertThat(refusedForIntegrity(garbage, Optional.empty()).problems().get(0).message().key())
                .isEqualTo("bundle.signature.UNPARSABLE");
    }

    @Test
    void anotherAgencyCertificateAfterPinningIsRefusedNamingBoth() throws Exception {
        importing(write(SignedBundles.v2(2, SignedBundles.agency()), "first.tbundle"));
        DataState before = DataState.of(context, root);

        Path other = write(SignedBundles.v2(2, SignedBundles.otherAgency()), "second.tbundle");
        BundleIntegrityException e = refusedForIntegrity(other, Optional.empty());

        assertThat(e.problems().get(0).message().key()).isEqualTo("import.agency.otherCertificate");
        assertThat(e.render(Messages.korean())).contains(fingerprint(SignedBundles.agency()))
                .contains(fingerprint(SignedBundles.otherAgency()));
        Files.delete(other);
        assertThat(DataState.of(context, root)).isEqualTo(before);
    }

    @Test
    void aLaterBundleWithThePinnedCertificateIsANewVersionThatReplacesTheSetup() throws Exception {
        importing(write(SignedBundles.v2(2, SignedBundles.agency()), "first.tbundle"));
        BundleWriter second = SignedBundles.v2(3, SignedBundles.agency());
        second.manifest().withArray("conflicts").removeAll();

        ImportOutcome outcome = importing(write(second, "second.tbundle"));

        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.NEW_VERSION);
        assertThat(outcome.agencySignature().orElseThrow().pinnedNow()).isFalse();
        Round round = context.rounds().require(Fixtures.PROGRAM_CODE);
        assertThat(context.rounds().panels(round).get(0).receiptNos()).hasSize(3);
        assertThat(context.rounds().setup(round).orElseThrow().conflicts()).isEmpty();
    }

    @Test
    void anUnsignedVersionOneBundleOfAPinnedProgrammeIsRefused() throws Exception {
        importing(write(SignedBundles.v2(1, SignedBundles.agency()), "first.tbundle"));

        BundleIntegrityException e = refusedForIntegrity(write(Fixtures.bundle(2), "v1.tbundle"), Optional.empty());

        assertThat(e.problems().get(0).message().key()).isEqualTo("import.agency.unsignedAfterPin");
    }

    @Test
    void theLettersFingerprintWithoutColonsInLowerCaseIsAccepted() throws Exception {
        String letter = fingerprint(SignedBundles.agency()).replace(":", "").toLowerCase();

        ImportOutcome outcome = context.imports().importBundle(write(SignedBundles.v2(1, SignedBundles.agency()),
                "round.tbundle"), false, Fingerprint.parse(letter), "test", ReadProgress.NONE);

        assertThat(outcome.agencySignature().orElseThrow().checkedAgainstLetter()).isTrue();
        assertThat(context.rounds().agencyPin(context.rounds().require(null)).orElseThrow().checkedAgainstLetter())
                .isTrue();
    }

    @Test
    void anotherFingerprintInTheLetterRefusesTheBundleBeforeAnythingIsWritten() throws Exception {
        Path bundle = write(SignedBundles.v2(1, SignedBundles.agency()), "round.tbundle");

        BundleIntegrityException e = refusedForIntegrity(bundle,
                Optional.of(Fingerprint.ofDer(SignedBundles.otherAgency().certificate().getEncoded())));

        assertThat(e.problems().get(0).message().key()).isEqualTo("import.agency.letterMismatch");
        assertThat(context.hasDatabase()).isFalse();
        assertThat(root.resolve("data")).doesNotExist();
    }

    @Test
    void versionOneBundlesStillImportAsBefore() throws Exception {
        ImportOutcome outcome = importing(write(Fixtures.bundle(2), "v1.tbundle"));

        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.IMPORTED);
        assertThat(outcome.agencySignature()).isEmpty();
        Round round = context.rounds().require(null);
        assertThat(context.rounds().setup(round)).isEmpty();
        assertThat(context.rounds().panels(round)).isEmpty();
        assertThat(context.rounds().agencyPin(round)).isEmpty();
    }

    @Test
    void aSignedRosterWithTwoChairsIsRefusedAsInput() throws Exception {
        BundleWriter writer = SignedBundles.v2(1, SignedBundles.agency());
        ((com.fasterxml.jackson.databind.node.ObjectNode) writer.manifest().get("panels").get(0).get("members").get(1))
                .put("role", "CHAIR");

        BundleRefusedException e = catchThrowableOfType(BundleRefusedException.class,
                () -> importing(write(writer, "round.tbundle")));

        assertThat(e).isNotInstanceOf(BundleIntegrityException.class);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("manifest.json");
            assertThat(p.field()).isEqualTo("panels[0].members");
            assertThat(p.message().key()).isEqualTo("bundle.panel.chairs");
        });
    }

    @Test
    void anApplicationInNoPanelIsRefused() throws Exception {
        BundleWriter writer = SignedBundles.v2(2, SignedBundles.agency());
        ((com.fasterxml.jackson.databind.node.ArrayNode) writer.manifest().get("panels").get(0).get("receiptNos"))
                .remove(1);

        BundleRefusedException e = catchThrowableOfType(BundleRefusedException.class,
                () -> importing(write(writer, "round.tbundle")));

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("panels");
            assertThat(p.message().key()).isEqualTo("bundle.panel.unassigned");
            assertThat(p.message().args()).containsExactly("2024-EXP-0002");
        });
    }
}
