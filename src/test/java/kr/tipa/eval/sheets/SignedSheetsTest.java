package kr.tipa.eval.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.cli.ExitCode;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.ZipEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed score-sheet workbooks through the commands of cli.md: round trip, tampering, rounds, re-keys, versions. */
class SignedSheetsTest {

    private static final List<String> INDICATORS = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4");

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword();
    private Path bundle;
    private String evaluatorDb;
    private String chairDb;

    @BeforeEach
    void rounds() throws Exception {
        bundle = dir.resolve("round.zip");
        Fixtures.bundle(3).write(bundle);
        evaluatorDb = dir.resolve("evaluator").toString();
        chairDb = dir.resolve("chair").toString();
        assertThat(cli.run("import", bundle.toString(), "--db", evaluatorDb).exit()).isZero();
        assertThat(cli.run("import", bundle.toString(), "--db", chairDb).exit()).isZero();
        assertThat(cli.run("evaluator", "add", "--id", "E1", "--name", "김평가", "--self", "--db", evaluatorDb).exit())
                .isZero();
        assertThat(cli.run("pledge", "--evaluator", "E1", "--accept", "--db", evaluatorDb).exit()).isZero();
    }

    private CliRunner.Result run(String db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        return cli.run(all.toArray(String[]::new));
    }

    /** Scores every indicator of each listed application with the same value (totals are ten times it). */
    private void score(String db, Map<String, Integer> perIndicator) throws Exception {
        StringBuilder csv = new StringBuilder("receiptNo,indicatorId,score,comment\n");
        perIndicator.forEach((r, v) -> INDICATORS.forEach(i -> csv.append(r).append(',').append(i).append(',')
                .append(v).append(",\"=cmd|' /C calc'!A0\"\n")));
        Path file = Files.createTempFile(dir, "scores", ".csv");
        Files.writeString(file, csv);
        CliRunner.Result r = run(db, "scores", "load", "--evaluator", "E1", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private Path export(String db, String name) {
        Path out = dir.resolve(name);
        CliRunner.Result r = run(db, "sheet", "export", "--evaluator", "E1", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    private Map<String, String> totals(String db) throws Exception {
        JsonNode json = new ObjectMapper().readTree(run(db, "results", "--json").out());
        Map<String, String> totals = new HashMap<>();
        json.get("applications").forEach(a -> totals.put(a.get("receiptNo").asText(), a.get("evaluatorTotals").toString()));
        return totals;
    }

    @Test
    void aSheetExportedOnOneDatabaseLoadsOnAnotherWithIdenticalScores() throws Exception {
        score(evaluatorDb, Map.of("2024-EXP-0001", 8, "2024-EXP-0002", 6));
        Path file = export(evaluatorDb, "E1.xlsx");
        CliRunner.Result verified = cli.run("verify", file.toString());
        assertThat(verified.exit()).isZero();
        assertThat(verified.out()).contains("김평가");
        CliRunner.Result imported = run(chairDb, "sheet", "import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(totals(chairDb)).isEqualTo(totals(evaluatorDb));
        assertThat(totals(chairDb).get("2024-EXP-0001")).isEqualTo("[\"80\"]");
        // the same file again changes nothing
        assertThat(run(chairDb, "sheet", "import", file.toString(), "--json").out()).contains("\"unchanged\" : true");
    }

    private void assertRefusedEverywhere(Path tampered, int exit) throws Exception {
        assertThat(cli.run("verify", tampered.toString()).exit()).isEqualTo(ExitCode.INTEGRITY);
        CliRunner.Result imported = run(chairDb, "sheet", "import", tampered.toString());
        assertThat(imported.exit()).isEqualTo(exit);
        assertThat(totals(chairDb).values()).containsOnly("[]");
    }

    private Path signedFile() throws Exception {
        score(evaluatorDb, Map.of("2024-EXP-0001", 8));
        return export(evaluatorDb, "E1.xlsx");
    }

    @Test
    void oneStoredNumberChangedIsRefusedByVerifyAndImport() throws Exception {
        Path file = signedFile();
        // The summary sheet (second) holds the total 80 as a number: make it 90.
        Path tampered = ZipEdit.of(file).replaceText("xl/worksheets/sheet2.xml",
                x -> x.replaceFirst("<v>80(\\.0)?</v>", "<v>90</v>")).write(dir.resolve("number.xlsx"));
        assertRefusedEverywhere(tampered, ExitCode.INTEGRITY);
    }

    @Test
    void aChangedSharedStringIsRefused() throws Exception {
        Path file = signedFile();
        Path tampered = ZipEdit.of(file).replaceText("xl/sharedStrings.xml", x -> x.replaceFirst("김평가", "이평가"))
                .write(dir.resolve("string.xlsx"));
        assertRefusedEverywhere(tampered, ExitCode.INTEGRITY);
    }

    @Test
    void aChangedMachineReadableScoreIsRefused() throws Exception {
        Path file = signedFile();
        Path tampered = ZipEdit.of(file).replaceText("xl/sharedStrings.xml",
                x -> x.replaceFirst("\"score\":\"8\"", "\"score\":\"9\"")).write(dir.resolve("data.xlsx"));
        assertRefusedEverywhere(tampered, ExitCode.INTEGRITY);
    }

    @Test
    void aRemovedSheetIsRefused() throws Exception {
        Path file = signedFile();
        Path tampered = ZipEdit.of(file).remove("xl/worksheets/sheet3.xml").write(dir.resolve("removed.xlsx"));
        assertRefusedEverywhere(tampered, ExitCode.INTEGRITY);
    }

    @Test
    void anAddedPartIsRefused() throws Exception {
        Path file = signedFile();
        ZipEdit edit = ZipEdit.of(file);
        Path tampered = edit.put("xl/worksheets/sheet99.xml", edit.text("xl/worksheets/sheet3.xml")
                .getBytes(StandardCharsets.UTF_8)).write(dir.resolve("added.xlsx"));
        assertRefusedEverywhere(tampered, ExitCode.INTEGRITY);
    }

    @Test
    void aRemovedSignatureIsRefused() throws Exception {
        Path file = signedFile();
        ZipEdit edit = ZipEdit.of(file);
        assertThat(edit.has("_xmlsignatures/sig1.xml")).isTrue();
        Path tampered = edit.remove("_xmlsignatures/sig1.xml").write(dir.resolve("nosig.xlsx"));
        assertRefusedEverywhere(tampered, ExitCode.INTEGRITY);
    }

    @Test
    void aRezippedPackageWithIdenticalPartsStillVerifiesButAnyEditDoesNot() throws Exception {
        Path file = signedFile();
        Path rezipped = ZipEdit.of(file).moveToEnd("[Content_Types].xml").write(dir.resolve("rezipped.xlsx"));
        assertThat(Files.readAllBytes(rezipped)).isNotEqualTo(Files.readAllBytes(file));
        assertThat(cli.run("verify", rezipped.toString()).exit()).isZero();
        Path edited = ZipEdit.of(file).replaceText("xl/styles.xml", x -> x.replaceFirst("맑은 고딕", "굴림"))
                .write(dir.resolve("restyled.xlsx"));
        assertRefusedEverywhere(edited, ExitCode.INTEGRITY);
    }

    @Test
    void aSheetOfAnotherRoundIsRefused() throws Exception {
        Path file = signedFile();
        String otherDb = dir.resolve("other").toString();
        var writer = Fixtures.bundle(3);
        Fixtures.object(writer.manifest(), "program").put("code", "KSURE-EXPORT-2025-1");
        Path other = dir.resolve("other.zip");
        writer.write(other);
        run(otherDb, "import", other.toString());
        CliRunner.Result r = run(otherDb, "sheet", "import", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("다른 평가 회차");
    }

    @Test
    void aDifferentCertificateIsRefusedUntilTheChairConfirmsTheRekey() throws Exception {
        assertThat(run(chairDb, "sheet", "import", signedFile().toString()).exit()).isZero();
        // The same evaluator, on a new laptop with a new key, corrects a score.
        String newLaptop = dir.resolve("new-laptop").toString();
        run(newLaptop, "import", bundle.toString());
        run(newLaptop, "evaluator", "add", "--id", "E1", "--name", "김평가", "--self");
        run(newLaptop, "pledge", "--evaluator", "E1", "--accept");
        score(newLaptop, Map.of("2024-EXP-0001", 9));
        // Two exports so that the sequence number is past the one the chair holds.
        export(newLaptop, "skip.xlsx");
        Path rekeyed = export(newLaptop, "rekeyed.xlsx");
        CliRunner.Result refused = run(chairDb, "sheet", "import", rekeyed.toString());
        assertThat(refused.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(refused.err()).contains("--accept-rekey");
        assertThat(totals(chairDb).get("2024-EXP-0001")).isEqualTo("[\"80\"]");
        CliRunner.Result accepted = run(chairDb, "sheet", "import", rekeyed.toString(), "--accept-rekey");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(totals(chairDb).get("2024-EXP-0001")).isEqualTo("[\"90\"]");
    }

    @Test
    void anOlderVersionIsRefusedAndANewerOneShowsWhatChanged() throws Exception {
        score(evaluatorDb, Map.of("2024-EXP-0001", 8, "2024-EXP-0002", 7));
        Path first = export(evaluatorDb, "v1.xlsx");
        score(evaluatorDb, Map.of("2024-EXP-0001", 9));
        Path second = export(evaluatorDb, "v2.xlsx");
        CliRunner.Result newer = run(chairDb, "sheet", "import", second.toString(), "--json");
        assertThat(newer.exit()).isZero();
        CliRunner.Result stale = run(chairDb, "sheet", "import", first.toString());
        assertThat(stale.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(stale.err()).contains("새롭지 않습니다");
        assertThat(totals(chairDb).get("2024-EXP-0001")).isEqualTo("[\"90\"]");

        // A third version, after the chair held the second: the change is listed.
        score(evaluatorDb, Map.of("2024-EXP-0002", 5));
        CliRunner.Result third = run(chairDb, "sheet", "import", export(evaluatorDb, "v3.xlsx").toString(), "--json");
        JsonNode changes = new ObjectMapper().readTree(third.out()).get("changes");
        assertThat(changes).hasSize(10);
        assertThat(changes.get(0).get("receiptNo").asText()).isEqualTo("2024-EXP-0002");
        assertThat(changes.get(0).get("before").asText()).isEqualTo("7");
        assertThat(changes.get(0).get("after").asText()).isEqualTo("5");
    }

    @Test
    void aCertificateMadeOutsideOurCodeSigns() throws Exception {
        Path p12 = dir.resolve("outside.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize",
                "3072", "-sigalg", "SHA256withRSA", "-dname", "CN=Kim Outside, O=KITA", "-validity", "365",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "outside-pw", "-keypass",
                "outside-pw").redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        Process list = new ProcessBuilder(keytool, "-list", "-v", "-keystore", p12.toString(), "-storepass",
                "outside-pw").redirectErrorStream(true).start();
        String listing = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher sha = Pattern.compile("SHA256: ([0-9A-F:]{95})").matcher(listing);
        assertThat(sha.find()).isTrue();

        CliRunner importer = CliRunner.withPassword().env("TIPA_EVAL_P12_PASSWORD", "outside-pw");
        CliRunner.Result imported = importer.run("evaluator", "import-key", "--id", "E1", p12.toString(), "--db",
                evaluatorDb);
        assertThat(imported.exit()).as(imported.err()).isZero();
        score(evaluatorDb, Map.of("2024-EXP-0003", 7));
        Path file = export(evaluatorDb, "outside.xlsx");
        CliRunner.Result verified = cli.run("verify", file.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(verified.out());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("signer").asText()).isEqualTo("Kim Outside");
        assertThat(json.get("fingerprint").asText()).isEqualTo(sha.group(1));
    }

    @Test
    void withoutThePasswordSigningCommandsStopWithExitOne() {
        CliRunner noPassword = new CliRunner();
        CliRunner.Result r = noPassword.run("evaluator", "add", "--id", "E2", "--name", "박평가", "--self", "--db",
                evaluatorDb);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("TIPA_EVAL_PASSWORD");
        assertThat(noPassword.run("evaluator", "list", "--db", evaluatorDb).out()).doesNotContain("E2");
    }

    @Test
    void libreOfficeReadsTheSignedWorkbook() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path file = signedFile();
        Path out = Files.createDirectories(dir.resolve("lo"));
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://"
                + dir.resolve("lo-profile"), "--convert-to", "pdf", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(out.resolve("E1.pdf")).exists();
        assertThat(Files.size(out.resolve("E1.pdf"))).isGreaterThan(1000);
    }
}
