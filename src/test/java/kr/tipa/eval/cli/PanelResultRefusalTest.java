package kr.tipa.eval.cli;

import static kr.tipa.eval.testing.TwoPanelRound.A2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.signing.IdentityService;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.testing.DataState;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.PanelResultFiles;
import kr.tipa.eval.testing.TwoPanelRound;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code results import} refuses, writing nothing: a changed byte (exit 3), a file the chair's key signed
 * again after a composite was changed (exit 2 — the recomputation from the scores inside disagrees), a result
 * of another round or another package (exit 2), and a signer who is not the panel's chair (exit 3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelResultRefusalTest {

    private final CliRunner agency = CliRunner.withPassword();
    private TwoPanelRound round;
    private Path dir;

    @BeforeAll
    void build(@TempDir Path root) throws Exception {
        dir = root;
        round = new TwoPanelRound(root.resolve("round")).build();
    }

    private CliRunner.Result importing(Path db, Path... files) {
        List<String> args = new ArrayList<>(List.of("results", "import"));
        for (Path f : files) {
            args.add(f.toString());
        }
        args.add("--db");
        args.add(db.toString());
        return agency.run(args.toArray(String[]::new));
    }

    private DataState state(Path db) {
        try (AppContext context = Panels.open(db)) {
            DataState base = DataState.of(context, db);
            List<String> rows = new ArrayList<>(base.database());
            context.rounds().all().forEach(r -> context.panelResults().states(r).forEach(s -> rows.add(
                    "panel " + s.panel().id() + " " + s.state() + " " + s.pinnedFingerprint())));
            return new DataState(rows, base.files());
        }
    }

    private static SigningIdentity stranger() {
        return new IdentityService(Clock.systemUTC(), new SecureRandom()).create("김위원장", "한국대학교");
    }

    @Test
    void oneChangedScoreBreaksTheChairsSignatureExitThreeNothingWritten() throws Exception {
        Path db = round.agencyCopy("agency-changed");
        DataState before = state(db);
        Path changed = PanelResultFiles.edited(round.p1Final(), dir.resolve("changed.xlsx"),
                json -> json.replaceFirst("\"GLOBAL_1\":\"9\"", "\"GLOBAL_1\":\"10\""));

        CliRunner.Result result = importing(db, changed);

        assertThat(result.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(result.err()).contains("changed.xlsx: 서명을 확인할 수 없어 아무것도 가져오지 않았습니다");
        assertThat(state(db)).isEqualTo(before);
    }

    @Test
    void aCompositeTheChairSignedAgainButTheScoresDoNotGiveIsRefusedExitTwo() throws Exception {
        Path db = round.agencyCopy("agency-composite");
        DataState before = state(db);
        Path forged = PanelResultFiles.resigned(round.p1Final(), dir.resolve("forged.xlsx"), json -> json.replace(
                "\"receiptNo\":\"" + A2 + "\",\"screening\":\"ELIGIBLE\",\"composite\":\"70.00\"",
                "\"receiptNo\":\"" + A2 + "\",\"screening\":\"ELIGIBLE\",\"composite\":\"71.00\""),
                round.chairIdentity("P1"));
        assertThat(agency.run("verify", forged.toString()).exit()).as("the chair's own signature holds").isZero();

        CliRunner.Result result = importing(db, forged);

        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("forged.xlsx: 분과 P1의 결과를 평가위원 점수로 다시 계산한 값이 위원장이 서명한 값과 다릅니다")
                .contains(A2 + " composite — 서명된 값 71, 다시 계산한 값 70");
        assertThat(state(db)).isEqualTo(before);
    }

    @Test
    void aTotalThatIsNotTheSumOfItsScoresIsRefusedExitTwo() throws Exception {
        Path db = round.agencyCopy("agency-total");
        Path forged = PanelResultFiles.resigned(round.p1Final(), dir.resolve("total.xlsx"),
                json -> json.replaceFirst("\"total\":\"90\"", "\"total\":\"91\""), round.chairIdentity("P1"));

        CliRunner.Result result = importing(db, forged);

        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("/ C1 total — 서명된 값 91, 다시 계산한 값 90");
    }

    @Test
    void aResultOfAnotherRoundIsRefusedExitTwo() throws Exception {
        Path db = round.agencyCopy("agency-round");
        DataState before = state(db);
        Path other = PanelResultFiles.resigned(round.p1Final(), dir.resolve("other-round.xlsx"),
                json -> json.replace("\"programCode\":\"KSURE-EXPORT-2024-2\"", "\"programCode\":\"KSURE-EXPORT-2023-1\""),
                round.chairIdentity("P1"));

        CliRunner.Result result = importing(db, other);

        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("other-round.xlsx: 다른 회차의 결과입니다 (KSURE-EXPORT-2023-1)");
        assertThat(state(db)).isEqualTo(before);
    }

    @Test
    void aResultScoredFromAPackageTheAgencyDidNotSendIsRefusedExitTwo() throws Exception {
        Path db = round.agencyCopy("agency-bundle");
        Path other = PanelResultFiles.resigned(round.p1Final(), dir.resolve("other-bundle.xlsx"),
                json -> json.replaceFirst("\"bundleId\":\"[^\"]+\"", "\"bundleId\":\"0000-not-ours\""),
                round.chairIdentity("P1"));

        CliRunner.Result result = importing(db, other);

        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("번들 0000-not-ours은(는) 전담기관이 분과 P1에 보낸 패키지가 아닙니다");
    }

    @Test
    void aPanelResultSignedByAnotherCertificateThanTheRostersIsRefusedExitThree() throws Exception {
        Path db = round.agencyCopy("agency-roster");
        DataState before = state(db);
        SigningIdentity other = stranger();
        Path impostor = PanelResultFiles.resigned(round.p1Final(), dir.resolve("impostor.xlsx"), null, other);

        CliRunner.Result result = importing(db, impostor);

        assertThat(result.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(result.err()).contains("분과 P1 명단의 위원장 인증서가 아닙니다 — 명단의 지문 " + round.c1Fingerprint())
                .contains(other.fingerprint().value());
        assertThat(state(db)).isEqualTo(before);
    }

    @Test
    void withoutARosterFingerprintTheFirstImportPinsTheChairAndAnotherCertificateIsThenRefused() throws Exception {
        Path db = round.agencyCopy("agency-pin");
        assertThat(importing(db, round.p2Provisional()).exit()).isZero();
        DataState pinned = state(db);
        Path impostor = PanelResultFiles.resigned(round.p2Final(), dir.resolve("p2-impostor.xlsx"), null, stranger());

        CliRunner.Result result = importing(db, impostor);

        assertThat(result.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(result.err()).contains("분과 P2의 결과는 처음 가져올 때 고정한 인증서");
        assertThat(state(db)).isEqualTo(pinned);
    }

    @Test
    void severalFilesAreAllOrNothing() throws Exception {
        Path db = round.agencyCopy("agency-batch");
        DataState before = state(db);
        Path broken = PanelResultFiles.edited(round.p2Final(), dir.resolve("broken.xlsx"),
                json -> json.replaceFirst("\"final\":true", "\"final\":false"));

        CliRunner.Result result = importing(db, round.p1Final(), broken);

        assertThat(result.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(result.err()).contains("broken.xlsx");
        assertThat(state(db)).isEqualTo(before);
    }

    @Test
    void aScoreSheetWorkbookOrARoundWithoutPanelsIsNoPlaceForAPanelResult() throws Exception {
        Path db = round.agencyCopy("agency-wrong-file");
        Path sheets = round.root().resolve("member-M11").resolve("M11.xlsx");

        CliRunner.Result result = importing(db, sheets);

        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("M11.xlsx: 분과 결과 통합문서가 아닙니다");
        assertThat(new CliRunner(java.util.Locale.ENGLISH).run("results", "import", "--help").out())
                .contains("PANEL.xlsx");
        assertThat(new Messages(java.util.Locale.ENGLISH).get("results.import.notPanelResult", "x")).contains("not a panel result");
    }
}
