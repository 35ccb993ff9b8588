package kr.tipa.eval.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.cli.ExitCode;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.NpkiFixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An evaluator's own 공동인증서, as it sits in a (fake) NPKI home: listed by {@code evaluator certificates},
 * imported by {@code evaluator import-key} from its folder or its signPri.key, used to sign a sheet that
 * {@code verify} and the chair's {@code sheet import} accept; and everything refused leaves the key as it was.
 */
class NpkiSheetsTest {

    private static final String NAME = "홍길동()0012345678901234";
    private static final Instant FROM = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TO = Instant.now().plus(335, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword().env("TIPA_EVAL_P12_PASSWORD", NpkiFixtures.PASSWORD);
    private Path home;
    private String evaluatorDb;
    private String chairDb;

    @BeforeEach
    void rounds() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(3).write(bundle);
        evaluatorDb = dir.resolve("evaluator").toString();
        chairDb = dir.resolve("chair").toString();
        assertThat(cli.run("import", bundle.toString(), "--db", evaluatorDb).exit()).isZero();
        assertThat(cli.run("import", bundle.toString(), "--db", chairDb).exit()).isZero();
        assertThat(cli.run("evaluator", "add", "--id", "E1", "--name", "홍길동", "--self", "--db", evaluatorDb).exit())
                .isZero();
        assertThat(cli.run("pledge", "--evaluator", "E1", "--accept", "--db", evaluatorDb).exit()).isZero();
    }

    private CliRunner.Result run(CliRunner runner, String db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        return runner.run(all.toArray(String[]::new));
    }

    private static String sha256(byte[] der) throws Exception {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }

    private NpkiFixtures.Written certificate(String name, Instant from, Instant to, NpkiFixtures.Form form)
            throws Exception {
        return NpkiFixtures.write(home.resolve("NPKI"), name, from, to, form, NpkiFixtures.PASSWORD);
    }

    @Test
    void theCertificatesOfAnNpkiHomeAreListedWithSubjectIssuerValidityAndFingerprint() throws Exception {
        NpkiFixtures.Written valid = certificate(NAME, FROM, TO, NpkiFixtures.Form.PBE_SHA1_SEED);
        NpkiFixtures.Written old = certificate("김만료()0099", Instant.parse("2020-01-01T15:00:00Z"),
                Instant.parse("2021-01-01T14:59:59Z"), NpkiFixtures.Form.PBES2_SEED);

        CliRunner.Result json = cli.run("evaluator", "certificates", "--path", home.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(json.out()).get("certificates");
        assertThat(list).hasSize(2);
        JsonNode expired = list.get(0);
        JsonNode usable = list.get(1);
        assertThat(usable.get("commonName").asText()).isEqualTo(NAME);
        assertThat(usable.get("subject").asText()).contains("CN=" + NAME).contains("O=yessign");
        assertThat(usable.get("issuer").asText()).contains("CN=" + NpkiFixtures.CA_NAME);
        assertThat(usable.get("issuerName").asText()).isEqualTo("yessign");
        assertThat(usable.get("fingerprint").asText()).isEqualTo(sha256(valid.signCert().getEncoded()));
        assertThat(usable.get("expired").asBoolean()).isFalse();
        assertThat(usable.get("location").asText()).isEqualTo(valid.folder().toAbsolutePath().toString());
        assertThat(expired.get("commonName").asText()).isEqualTo("김만료()0099");
        assertThat(expired.get("expired").asBoolean()).isTrue();
        assertThat(expired.get("fingerprint").asText()).isEqualTo(sha256(old.signCert().getEncoded()));
        assertThat(expired.get("notAfter").asText()).isEqualTo("2021-01-01T14:59:59Z");

        CliRunner.Result text = cli.run("evaluator", "certificates", "--path", home.toString());
        assertThat(text.out()).contains("[1] 김만료()0099 (yessign) — 만료됨")
                .contains("[2] " + NAME + " (yessign) — 사용 가능")
                .contains("유효기간: 2020-01-02 00:00:00 ~ 2021-01-01 23:59:59 (한국 시간)")
                .contains(valid.folder().toAbsolutePath().toString())
                .contains(sha256(valid.signCert().getEncoded()));
    }

    @Test
    void aFolderThatIsNotThereIsRefused() {
        CliRunner.Result r = cli.run("evaluator", "certificates", "--path", dir.resolve("없는폴더").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("없는폴더");
    }

    static Stream<Arguments> formsAndPaths() {
        return Stream.of(Arguments.of(NpkiFixtures.Form.PBE_SHA1_SEED, true),
                Arguments.of(NpkiFixtures.Form.PBES2_SEED, false),
                Arguments.of(NpkiFixtures.Form.LEGACY_SEED, true));
    }

    @ParameterizedTest(name = "{0}, folder given: {1}")
    @MethodSource("formsAndPaths")
    void anImportedCertificateSignsASheetThatVerifyAndTheChairAccept(NpkiFixtures.Form form, boolean folder)
            throws Exception {
        NpkiFixtures.Written written = certificate(NAME, FROM, TO, form);
        String fingerprint = sha256(written.signCert().getEncoded());
        Path given = folder ? written.folder() : written.signKey();

        CliRunner.Result imported = run(cli, evaluatorDb, "evaluator", "import-key", "--id", "E1", given.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(NAME).contains("yessign").contains(fingerprint);
        assertThat(run(cli, evaluatorDb, "evaluator", "list").out()).contains(fingerprint.substring(0, 23));

        Path csv = dir.resolve("scores.csv");
        StringBuilder rows = new StringBuilder("receiptNo,indicatorId,score,comment\n");
        for (String indicator : List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1", "MARKETABILITY_2",
                "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4")) {
            rows.append("2024-EXP-0001,").append(indicator).append(",7,\n");
        }
        Files.writeString(csv, rows);
        assertThat(run(cli, evaluatorDb, "scores", "load", "--evaluator", "E1", csv.toString()).exit()).isZero();
        Path sheet = dir.resolve("E1.xlsx");
        CliRunner.Result exported = run(cli, evaluatorDb, "sheet", "export", "--evaluator", "E1", "--out",
                sheet.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();

        CliRunner.Result verified = cli.run("verify", sheet.toString(), "--json");
        assertThat(verified.exit()).as(verified.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(verified.out());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("signer").asText()).isEqualTo(NAME);
        assertThat(json.get("subject").asText()).contains("CN=" + NAME).contains("OU=TESTBANK");
        assertThat(json.get("issuer").asText()).contains("CN=" + NpkiFixtures.CA_NAME).contains("O=yessign");
        assertThat(json.get("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(cli.run("verify", sheet.toString()).out()).contains("발급자: ").contains(NpkiFixtures.CA_NAME);

        assertThat(coverText(sheet)).contains("인증서 주체").contains("CN=" + NAME)
                .contains("인증서 발급자").contains("CN=" + NpkiFixtures.CA_NAME).contains(fingerprint);

        CliRunner.Result chair = run(cli, chairDb, "sheet", "import", sheet.toString());
        assertThat(chair.exit()).as(chair.err()).isZero();
    }

    private static String coverText(Path workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            for (Row row : read.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** What must not change when an import is refused: the stored certificate and the key file. */
    private record KeyState(String listing, byte[] keyFile) {
    }

    private KeyState keyState() throws Exception {
        return new KeyState(run(cli, evaluatorDb, "evaluator", "list").out(),
                Files.readAllBytes(Path.of(evaluatorDb, "keys", "E1.p12")));
    }

    private void assertUnchanged(KeyState before) throws Exception {
        KeyState after = keyState();
        assertThat(after.listing()).isEqualTo(before.listing());
        assertThat(after.keyFile()).isEqualTo(before.keyFile());
    }

    @Test
    void aWrongPasswordIsRefusedNamingTheFileAndChangesNothing() throws Exception {
        NpkiFixtures.Written written = certificate(NAME, FROM, TO, NpkiFixtures.Form.PBE_SHA1_SEED);
        KeyState before = keyState();
        CliRunner wrong = CliRunner.withPassword().env("TIPA_EVAL_P12_PASSWORD", "npki-Test#2023");

        CliRunner.Result r = run(wrong, evaluatorDb, "evaluator", "import-key", "--id", "E1",
                written.folder().toString());

        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("공동인증서 암호가 맞지 않습니다").contains(written.signKey().toString());
        assertUnchanged(before);
    }

    @Test
    void anExpiredCertificateIsRefusedNamingItsDatesAndChangesNothing() throws Exception {
        NpkiFixtures.Written written = certificate(NAME, Instant.parse("2020-01-01T15:00:00Z"),
                Instant.parse("2021-01-01T14:59:59Z"), NpkiFixtures.Form.PBE_SHA1_SEED);
        KeyState before = keyState();

        CliRunner.Result r = run(cli, evaluatorDb, "evaluator", "import-key", "--id", "E1",
                written.folder().toString());

        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("유효기간이 끝났습니다").contains("2020-01-02 00:00:00")
                .contains("2021-01-01 23:59:59").contains("한국 시간");
        assertUnchanged(before);
    }

    @Test
    void aCertificateNotYetValidIsRefusedNamingItsDatesAndChangesNothing() throws Exception {
        NpkiFixtures.Written written = certificate(NAME, Instant.parse("2099-01-01T15:00:00Z"),
                Instant.parse("2100-01-01T14:59:59Z"), NpkiFixtures.Form.PBES2_SEED);
        KeyState before = keyState();

        CliRunner.Result r = run(cli, evaluatorDb, "evaluator", "import-key", "--id", "E1",
                written.signKey().toString());

        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("아직 시작되지 않았습니다").contains("2099-01-02 00:00:00")
                .contains("2100-01-01 23:59:59");
        assertUnchanged(before);
    }

    @Test
    void theKeyManagementKeyIsRefusedAndChangesNothing() throws Exception {
        NpkiFixtures.Written written = certificate(NAME, FROM, TO, NpkiFixtures.Form.PBE_SHA1_SEED);
        KeyState before = keyState();

        CliRunner.Result r = run(cli, evaluatorDb, "evaluator", "import-key", "--id", "E1",
                written.folder().resolve("kmPri.key").toString());

        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("kmPri.key").contains("암호화용");
        assertUnchanged(before);
    }
}
