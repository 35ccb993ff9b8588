package kr.tipa.eval.cli;

import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of cli.md in this JVM: exit codes, messages and JSON shapes. */
class CliTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private Path bundle(BundleWriter writer) throws Exception {
        Path zip = Files.createTempFile(dir, "bundle", ".zip");
        writer.write(zip);
        return zip;
    }

    private JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void importThenScreenPrintsTheSpecShape() throws Exception {
        BundleWriter writer = Fixtures.bundle(2);
        object(writer.application("2024-EXP-0002"), "rndProject").put("role", "JOINT");
        String db = dir.resolve("db").toString();

        CliRunner.Result imported = cli.run("import", bundle(writer).toString(), "--db", db);
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("가져왔습니다").contains("적격 1").contains("부적격 1");

        CliRunner.Result screened = cli.run("--db", db, "screen", "--json");
        assertThat(screened.exit()).isZero();
        JsonNode apps = json(screened.out()).get("applications");
        assertThat(apps).hasSize(2);
        assertThat(apps.get(0).get("receiptNo").asText()).isEqualTo("2024-EXP-0001");
        assertThat(apps.get(0).get("screening").asText()).isEqualTo("ELIGIBLE");
        assertThat(apps.get(0).get("reasons")).isEmpty();
        assertThat(apps.get(1).get("screening").asText()).isEqualTo("INELIGIBLE");
        assertThat(apps.get(1).get("reasons").get(0).asText()).isEqualTo("E08_NOT_LEAD_ORGANISATION");
    }

    @Test
    void aRefusedBundleExitsTwoNamingFileAndField() throws Exception {
        BundleWriter writer = Fixtures.bundle(1);
        object(writer.application("2024-EXP-0001"), "company").remove("businessRegistrationNo");
        CliRunner.Result result = cli.run("import", bundle(writer).toString(), "--db", dir.resolve("db").toString());
        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("applications/2024-EXP-0001/application.json")
                .contains("company.businessRegistrationNo").contains("아무것도 기록하지 않았습니다");
        assertThat(dir.resolve("db")).doesNotExist();
    }

    @Test
    void sameBundleTwiceSaysNothingChanged() throws Exception {
        Path zip = bundle(Fixtures.bundle(1));
        String db = dir.resolve("db").toString();
        assertThat(cli.run("import", zip.toString(), "--db", db).exit()).isZero();
        CliRunner.Result again = cli.run("import", zip.toString(), "--db", db, "--json");
        assertThat(again.exit()).isZero();
        assertThat(json(again.out()).get("result").asText()).isEqualTo("UNCHANGED");
    }

    @Test
    void aNewVersionNeedsTheFlag() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(cli.run("import", bundle(Fixtures.bundle(1)).toString(), "--db", db).exit()).isZero();
        Path second = bundle(Fixtures.bundle(2));
        CliRunner.Result refused = cli.run("import", second.toString(), "--db", db);
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("--new-version");
        CliRunner.Result accepted = cli.run("import", second.toString(), "--db", db, "--new-version", "--json");
        assertThat(accepted.exit()).isZero();
        assertThat(json(accepted.out()).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void overrideRecordsWhoAndWhyAndScreenShowsIt() throws Exception {
        BundleWriter writer = Fixtures.bundle(2);
        object(writer.application("2024-EXP-0002"), "company").put("businessRegistrationNo", "220-81-62518");
        String db = dir.resolve("db").toString();
        cli.run("import", bundle(writer).toString(), "--db", db);
        assertThat(json(cli.run("screen", "--json", "--db", db).out()).get("applications").get(1)
                .get("screening").asText()).isEqualTo("NEEDS_REVIEW");

        CliRunner.Result done = cli.run("override", "--application", "2024-EXP-0002", "--screening", "ELIGIBLE",
                "--reason", "국세청 조회로 번호 확인", "--by", "김심사", "--db", db);
        assertThat(done.exit()).isZero();

        JsonNode second = json(cli.run("screen", "--json", "--db", db).out()).get("applications").get(1);
        assertThat(second.get("screening").asText()).isEqualTo("ELIGIBLE");
        assertThat(second.get("reasons").get(0).asText()).isEqualTo("W01_INVALID_BUSINESS_NUMBER");
        assertThat(second.get("override").get("by").asText()).isEqualTo("김심사");
        assertThat(second.get("override").get("reason").asText()).isEqualTo("국세청 조회로 번호 확인");

        cli.run("override", "--application", "2024-EXP-0001", "--screening", "INELIGIBLE",
                "--reason", "지원목적 불일치", "--by", "위원장", "--db", db);
        JsonNode first = json(cli.run("screen", "--json", "--db", db).out()).get("applications").get(0);
        assertThat(first.get("screening").asText()).isEqualTo("INELIGIBLE");
        assertThat(first.get("reasons").get(0).asText()).isEqualTo("X01_PURPOSE_MISMATCH");
    }

    @Test
    void overrideOfAnUnknownApplicationIsRefused() throws Exception {
        String db = dir.resolve("db").toString();
        cli.run("import", bundle(Fixtures.bundle(1)).toString(), "--db", db);
        CliRunner.Result result = cli.run("override", "--application", "2024-EXP-9999", "--screening", "ELIGIBLE",
                "--reason", "x", "--db", db);
        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("2024-EXP-9999");
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(cli.run("override", "--application", "X").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("override", "--application", "X", "--screening", "MAYBE", "--reason", "r").exit())
                .isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("no-such-command").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void screenOnAnEmptyFolderCreatesNothing() {
        CliRunner.Result result = cli.run("screen", "--json", "--db", dir.resolve("empty").toString());
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("\"applications\"");
        assertThat(dir.resolve("empty")).doesNotExist();
    }

    @Test
    void helpIsInTheUsersLanguage() {
        assertThat(new CliRunner().run("--help").out()).contains("신청 번들");
        assertThat(new CliRunner(java.util.Locale.ENGLISH).run("--help").out()).contains("application bundle");
    }

    @Test
    void aLoneBundleOpensTheWindowWithItAndATypoIsNotTakenForAFile() throws Exception {
        Path zip = bundle(Fixtures.bundle(1));
        assertThat(cli.run(zip.toString()).exit()).isZero();
        assertThat(cli.windowsOpened()).containsExactly(zip.toAbsolutePath());

        CliRunner.Result typo = cli.run("imprt");
        assertThat(typo.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("imprt").contains("--help");
        CliRunner.Result missing = cli.run(dir.resolve("없는.tbundle").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.windowsOpened()).hasSize(1);
    }

    @Test
    void everyCommandAnswersHelpAndBenchRefusesAnUnknownMeasurement() {
        CliRunner.Result help = cli.run("sheet", "export", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--evaluator");
        CliRunner.Result bench = cli.run("bench", "imprt");
        assertThat(bench.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bench.err()).contains("imprt").contains("keystroke");
    }
}
