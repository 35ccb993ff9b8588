package kr.tipa.eval.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.cli.ExitCode;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.NpkiFixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.RosterBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pinning from the roster, through the commands: where the agency's roster names an evaluator's certificate the
 * chair takes that one only (exit 3 otherwise, naming both fingerprints, nothing loaded, and --accept-rekey does
 * not change it), and a member's laptop takes no other key for that id; where the roster names none, the first
 * sheet's certificate is pinned, reported FIRST_IMPORT until the chair confirms it.
 */
class RosterPinsTest {

    private static final String ID = "E03";
    private static final List<String> INDICATORS = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4");
    private static final Instant FROM = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TO = Instant.now().plus(335, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword().env("TIPA_EVAL_P12_PASSWORD", NpkiFixtures.PASSWORD);
    private NpkiFixtures.Written mine;
    private NpkiFixtures.Written other;
    private String evaluatorDb;
    private String chairDb;

    @BeforeEach
    void certificates() throws Exception {
        mine = NpkiFixtures.write(dir.resolve("home/NPKI"), "박위원()0012", FROM, TO, NpkiFixtures.Form.PBE_SHA1_SEED,
                NpkiFixtures.PASSWORD);
        other = NpkiFixtures.write(dir.resolve("other/NPKI"), "박위원()0034", FROM, TO, NpkiFixtures.Form.PBES2_SEED,
                NpkiFixtures.PASSWORD);
        evaluatorDb = dir.resolve("evaluator").toString();
        chairDb = dir.resolve("chair").toString();
    }

    private static String sha256(NpkiFixtures.Written written) throws Exception {
        return HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(written.signCert().getEncoded()));
    }

    /** The spec's version 2 round (panel P1: E01 chair, E02, E03), E03's roster line giving {@code fingerprint}. */
    private Path bundle(String name, String fingerprint) throws Exception {
        return bundle(name, fingerprint, "round-1");
    }

    private Path bundle(String name, String fingerprint, String bundleId) throws Exception {
        return RosterBundles.write(dir.resolve(name), bundleId, 2,
                fingerprint == null ? Map.of() : Map.of(ID, fingerprint));
    }

    private CliRunner.Result run(String db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        return cli.run(all.toArray(String[]::new));
    }

    private void ok(CliRunner.Result r) {
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    /** E03's laptop: the round, E03 registered, the given certificate imported, one sheet scored and exported. */
    private Path signedSheet(Path round, NpkiFixtures.Written certificate) throws Exception {
        ok(run(evaluatorDb, "import", round.toString()));
        ok(run(evaluatorDb, "evaluator", "add", "--id", ID, "--name", "박위원", "--self"));
        ok(run(evaluatorDb, "evaluator", "import-key", "--id", ID, certificate.folder().toString()));
        StringBuilder csv = new StringBuilder("receiptNo,indicatorId,score,comment\n");
        INDICATORS.forEach(i -> csv.append(Fixtures.receiptNo(1)).append(',').append(i).append(",7,\n"));
        Path file = dir.resolve("scores.csv");
        Files.writeString(file, csv);
        ok(run(evaluatorDb, "pledge", "--evaluator", ID, "--accept"));
        ok(run(evaluatorDb, "scores", "load", "--evaluator", ID, file.toString()));
        Path sheet = dir.resolve("E03.xlsx");
        ok(run(evaluatorDb, "sheet", "export", "--evaluator", ID, "--out", sheet.toString()));
        return sheet;
    }

    private JsonNode json(CliRunner.Result r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    /** The evaluator totals the chair holds for the first application ("[]" when nothing was loaded). */
    private String totals() throws Exception {
        JsonNode results = json(run(chairDb, "results", "--json"));
        return results.get("applications").get(0).get("evaluatorTotals").toString();
    }

    private List<AuditEntry> audit(String action) {
        try (AppContext context = Panels.open(Path.of(chairDb))) {
            return context.audit().all().stream().filter(e -> e.action().equals(action)).toList();
        }
    }

    @Test
    void theRostersCertificateIsTakenAndReportedAsPinnedByTheRoster() throws Exception {
        Path round = bundle("round.tbundle", sha256(mine));
        Path sheet = signedSheet(round, mine);
        ok(run(chairDb, "import", round.toString()));

        CliRunner.Result imported = run(chairDb, "sheet", "import", sheet.toString(), "--json");

        ok(imported);
        assertThat(json(imported).get("pinnedBy").asText()).isEqualTo("ROSTER");
        assertThat(json(imported).get("fingerprint").asText()).isEqualTo(sha256(mine));
        assertThat(totals()).isEqualTo("[\"70\"]");
        CliRunner.Result text = run(chairDb, "sheet", "import", sheet.toString());
        assertThat(text.out()).contains("회차 명단에 적힌 평가위원 E03의 인증서");
    }

    @Test
    void anotherCertificateThanTheRostersIsRefusedNamingBothAndNothingLoadsEvenWithAcceptRekey() throws Exception {
        // E03's laptop holds a round naming their own certificate; the chair's copy names another one.
        Path sheet = signedSheet(bundle("laptop.tbundle", sha256(mine)), mine);
        ok(run(chairDb, "import", bundle("chair.tbundle", sha256(other)).toString()));

        CliRunner.Result refused = run(chairDb, "sheet", "import", sheet.toString());
        CliRunner.Result forced = run(chairDb, "sheet", "import", sheet.toString(), "--accept-rekey");

        for (CliRunner.Result r : List.of(refused, forced)) {
            assertThat(r.exit()).isEqualTo(ExitCode.INTEGRITY);
            assertThat(r.err()).contains("E03.xlsx").contains("E03").contains(sha256(other)).contains(sha256(mine))
                    .contains("아무것도 가져오지 않았습니다");
        }
        assertThat(totals()).isEqualTo("[]");
        assertThat(run(chairDb, "evaluator", "list").out()).doesNotContain(ID);
        assertThat(audit("REKEY")).isEmpty();
        assertThat(audit("SHEET_IMPORT")).isEmpty();
    }

    @Test
    void aFirstImportPinIsMarkedUntilTheChairConfirmsItAndTheConfirmationIsAudited() throws Exception {
        Path round = bundle("round.tbundle", null);
        Path sheet = signedSheet(round, mine);
        ok(run(chairDb, "import", round.toString()));

        CliRunner.Result first = run(chairDb, "sheet", "import", sheet.toString(), "--json");
        ok(first);
        assertThat(json(first).get("pinnedBy").asText()).isEqualTo("FIRST_IMPORT");
        assertThat(run(chairDb, "sheet", "import", sheet.toString()).out()).contains("첫 가져오기로 등록된 인증서")
                .contains("sheet confirm-key");

        String shortForm = sha256(mine).substring(0, 23);
        String wrongShort = sha256(other).substring(0, 23);
        CliRunner.Result wrong = run(chairDb, "sheet", "confirm-key", "--evaluator", ID, "--fingerprint", wrongShort,
                "--by", "김위원장");
        assertThat(wrong.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(wrong.err()).contains(wrongShort).contains(sha256(mine));
        assertThat(audit("PIN_CONFIRMED")).isEmpty();

        CliRunner.Result confirmed = run(chairDb, "sheet", "confirm-key", "--evaluator", ID, "--fingerprint",
                shortForm.replace(":", "").toLowerCase(), "--by", "김위원장", "--json");
        ok(confirmed);
        assertThat(json(confirmed).get("pinnedBy").asText()).isEqualTo("CONFIRMED");
        assertThat(json(confirmed).get("confirmedBy").asText()).isEqualTo("김위원장");
        List<AuditEntry> entries = audit("PIN_CONFIRMED");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actor()).isEqualTo("김위원장");
        assertThat(entries.get(0).subject()).isEqualTo(ID);
        assertThat(entries.get(0).detailJson()).contains(sha256(mine));

        CliRunner.Result again = run(chairDb, "sheet", "import", sheet.toString(), "--json");
        ok(again);
        assertThat(json(again).get("pinnedBy").asText()).isEqualTo("CONFIRMED");
        assertThat(run(chairDb, "sheet", "confirm-key", "--evaluator", ID, "--fingerprint", shortForm, "--by",
                "김위원장").exit()).as("nothing left to confirm").isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void aFingerprintHeardMustBeTheShortFormOrTheWholeNotAFewPairs() throws Exception {
        Path round = bundle("round.tbundle", null);
        Path sheet = signedSheet(round, mine);
        ok(run(chairDb, "import", round.toString()));
        ok(run(chairDb, "sheet", "import", sheet.toString()));

        String sevenPairs = sha256(mine).substring(0, 20);
        assertThat(run(chairDb, "sheet", "confirm-key", "--evaluator", ID, "--fingerprint", sevenPairs, "--by", "김위원장")
                .exit()).isEqualTo(ExitCode.REFUSED);
        ok(run(chairDb, "sheet", "confirm-key", "--evaluator", ID, "--fingerprint", sha256(mine), "--by", "김위원장"));
    }

    @Test
    void onAMembersLaptopOnlyTheRostersCertificateIsImportedForThatId() throws Exception {
        ok(run(evaluatorDb, "import", bundle("round.tbundle", sha256(other)).toString()));
        CliRunner.Result added = run(evaluatorDb, "evaluator", "add", "--id", ID, "--name", "박위원", "--self");
        ok(added);
        assertThat(added.err()).as("a key made here is not the roster's").contains(sha256(other));
        String before = run(evaluatorDb, "evaluator", "list").out();
        byte[] keyFile = Files.readAllBytes(Path.of(evaluatorDb, "keys", ID + ".p12"));

        CliRunner.Result refused = run(evaluatorDb, "evaluator", "import-key", "--id", ID, mine.folder().toString());

        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains(ID).contains(sha256(other)).contains(sha256(mine))
                .contains("아무것도 바뀌지 않았습니다");
        assertThat(run(evaluatorDb, "evaluator", "list").out()).isEqualTo(before);
        assertThat(Files.readAllBytes(Path.of(evaluatorDb, "keys", ID + ".p12"))).isEqualTo(keyFile);

        CliRunner.Result taken = run(evaluatorDb, "evaluator", "import-key", "--id", ID, other.folder().toString(),
                "--json");
        ok(taken);
        assertThat(json(taken).get("fingerprint").asText()).isEqualTo(sha256(other));
        assertThat(json(taken).get("rosterChecked").asBoolean()).isTrue();
    }

    @Test
    void anIdTheRosterGivesNoFingerprintForTakesAnyUsableCertificate() throws Exception {
        ok(run(evaluatorDb, "import", bundle("round.tbundle", null).toString()));
        CliRunner.Result added = run(evaluatorDb, "evaluator", "add", "--id", ID, "--name", "박위원", "--self");
        ok(added);
        assertThat(added.err()).isEmpty();

        CliRunner.Result taken = run(evaluatorDb, "evaluator", "import-key", "--id", ID, mine.folder().toString(),
                "--json");

        ok(taken);
        assertThat(json(taken).get("rosterChecked").asBoolean()).isFalse();
    }

    @Test
    void aReKeyWithoutARosterFingerprintNeedsAcceptRekeyAndIsAFirstImportPinAgain() throws Exception {
        Path round = bundle("round.tbundle", null);
        Path first = signedSheet(round, mine);
        ok(run(chairDb, "import", round.toString()));
        ok(run(chairDb, "sheet", "import", first.toString()));
        ok(run(chairDb, "sheet", "confirm-key", "--evaluator", ID, "--fingerprint", sha256(mine), "--by", "김위원장"));
        // The evaluator changes to another certificate and sends a newer submission.
        ok(run(evaluatorDb, "evaluator", "import-key", "--id", ID, other.folder().toString()));
        Path second = dir.resolve("E03-2.xlsx");
        ok(run(evaluatorDb, "sheet", "export", "--evaluator", ID, "--out", second.toString()));

        CliRunner.Result refused = run(chairDb, "sheet", "import", second.toString());
        assertThat(refused.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(refused.err()).contains(sha256(mine)).contains(sha256(other));

        CliRunner.Result rekeyed = run(chairDb, "sheet", "import", second.toString(), "--accept-rekey", "--json");
        ok(rekeyed);
        assertThat(json(rekeyed).get("rekeyed").asBoolean()).isTrue();
        assertThat(json(rekeyed).get("pinnedBy").asText()).as("a new certificate needs a new check")
                .isEqualTo("FIRST_IMPORT");
    }

    @Test
    void aNewVersionOfTheRoundNamingTheCertificateTurnsAFirstImportPinIntoTheRosters() throws Exception {
        Path plain = bundle("plain.tbundle", null);
        Path sheet = signedSheet(plain, mine);
        ok(run(chairDb, "import", plain.toString()));
        ok(run(chairDb, "sheet", "import", sheet.toString()));
        Path named = bundle("named.tbundle", sha256(mine), "round-2");
        ok(run(chairDb, "import", named.toString(), "--new-version"));

        CliRunner.Result again = run(chairDb, "sheet", "import", sheet.toString(), "--json");

        ok(again);
        assertThat(json(again).get("unchanged").asBoolean()).isTrue();
        assertThat(json(again).get("pinnedBy").asText()).isEqualTo("ROSTER");
        try (AppContext chair = Panels.open(Path.of(chairDb))) {
            var round = chair.rounds().require(null);
            assertThat(chair.sheetImports().pins(round)).singleElement()
                    .satisfies(p -> assertThat(p.source().name()).isEqualTo("ROSTER"));
        }
    }
}
