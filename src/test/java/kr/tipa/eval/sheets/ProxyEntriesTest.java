package kr.tipa.eval.sheets;

import static kr.tipa.eval.excel.results.ReadBack.rowWith;
import static kr.tipa.eval.excel.results.ReadBack.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.excel.results.ReadBack;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelMatrix;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.RawDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chair's laptop holds E1's sheet imported from E1's own laptop (signed by E1) and E2's scores the chair
 * typed from E2's paper sheet with {@code scores load}: E2's is a proxy entry — stored unsigned with who,
 * when and which file, no key made in E2's name, never exported as E2's — and it is labelled
 * "위원장 대리 입력" in the panel matrix, {@code results --json}, the result workbook and the appeal pack.
 */
class ProxyEntriesTest {

    private static final List<String> INDICATORS = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4");
    private static final String R1 = "2024-EXP-0001";

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword();
    private String chairDb;
    private Path csv;
    private String csvSha;

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(chairDb);
        return cli.run(all.toArray(String[]::new));
    }

    @BeforeEach
    void chairsLaptop() throws Exception {
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        Path e1 = Panels.signedSheets(dir.resolve("e1-laptop"), bundle, "E1", "홍길동", Map.of(R1, 8), 1);
        chairDb = dir.resolve("chair").toString();
        assertThat(run("import", bundle.toString()).exit()).isZero();
        assertThat(run("evaluator", "add", "--id", "E2", "--name", "김철수").exit()).isZero();
        CliRunner.Result imported = run("sheet", "import", e1.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        StringBuilder text = new StringBuilder("receiptNo,indicatorId,score,comment\n");
        INDICATORS.forEach(i -> text.append(R1).append(',').append(i).append(",6,서면 평가표\n"));
        csv = dir.resolve("E2-서면평가표.csv");
        Files.writeString(csv, text);
        csvSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
        CliRunner.Result loaded = run("scores", "load", "--evaluator", "E2", csv.toString(), "--by", "김위원장",
                "--json");
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        JsonNode proxy = new ObjectMapper().readTree(loaded.out()).get("proxyEntry");
        assertThat(proxy.get("enteredBy").asText()).isEqualTo("김위원장");
        assertThat(proxy.get("sourceFile").asText()).isEqualTo("E2-서면평가표.csv");
        assertThat(proxy.get("sourceSha256").asText()).isEqualTo(csvSha);
    }

    @Test
    void theProxyEntryIsStoredUnsignedWithWhoWhenAndWhichFileAndNoKeyInTheEvaluatorsName() throws Exception {
        try (Connection c = RawDatabase.open(Path.of(chairDb), Panels.PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("SELECT evaluator_id, origin, signature, entered_by,"
                        + " source_file, source_sha256, entered_at FROM sheet ORDER BY evaluator_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("E1");
            assertThat(rs.getString(2)).isEqualTo("IMPORTED");
            assertThat(rs.getBytes(3)).isNotEmpty();
            assertThat(rs.getString(4)).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("E2");
            assertThat(rs.getString(2)).isEqualTo("PROXY");
            assertThat(rs.getBytes(3)).isNull();
            assertThat(rs.getString(4)).isEqualTo("김위원장");
            assertThat(rs.getString(5)).isEqualTo("E2-서면평가표.csv");
            assertThat(rs.getString(6)).isEqualTo(csvSha);
            assertThat(rs.getObject(7)).isNotNull();
            assertThat(rs.next()).isFalse();
        }
        assertThat(Path.of(chairDb, "keys", "E2.p12")).doesNotExist();
        assertThat(run("evaluator", "list").out()).containsPattern("E2  김철수\\s+-");
        assertThat(run("audit", "verify").exit()).isZero();
    }

    @Test
    void theChairCannotExportAProxyEntryAsTheEvaluatorsSignedSheet() {
        CliRunner.Result refused = run("sheet", "export", "--evaluator", "E2", "--out", dir.resolve("E2.xlsx").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("E2").contains("김철수");
        assertThat(dir.resolve("E2.xlsx")).doesNotExist();
    }

    @Test
    void resultsJsonNamesTheProxyEntryWithWhoAndWhichFile() throws Exception {
        JsonNode application = new ObjectMapper().readTree(run("results", "--json").out()).get("applications").get(0);
        assertThat(application.get("receiptNo").asText()).isEqualTo(R1);
        // panel order: E2 was registered by hand, E1 at its first import
        assertThat(application.get("evaluators").toString()).isEqualTo("[\"E2\",\"E1\"]");
        assertThat(application.get("evaluatorTotals").toString()).isEqualTo("[\"60\",\"80\"]");
        assertThat(application.get("proxyEntered").toString()).isEqualTo("[\"E2\"]");
        JsonNode entry = application.get("proxyEntries").get(0);
        assertThat(entry.get("evaluator").asText()).isEqualTo("E2");
        assertThat(entry.get("enteredBy").asText()).isEqualTo("김위원장");
        assertThat(entry.get("sourceFile").asText()).isEqualTo("E2-서면평가표.csv");
        assertThat(entry.get("sourceSha256").asText()).isEqualTo(csvSha);
        assertThat(entry.get("version").asInt()).isEqualTo(1);

        JsonNode shown = new ObjectMapper().readTree(run("sheet", "show", "--evaluator", "E2", "--application", R1,
                "--json").out());
        assertThat(shown.get("proxyEntry").get("enteredBy").asText()).isEqualTo("김위원장");
        assertThat(shown.get("proxyEntry").get("sourceSha256").asText()).isEqualTo(csvSha);
        JsonNode signed = new ObjectMapper().readTree(run("sheet", "show", "--evaluator", "E1", "--application", R1,
                "--json").out());
        assertThat(signed.get("proxyEntry").isNull()).isTrue();
    }

    @Test
    void thePanelMatrixMarksTheProxyCell() throws Exception {
        try (AppContext context = Panels.open(Path.of(chairDb))) {
            Round round = context.rounds().require(null);
            PanelMatrix.Row row = context.chair().matrix(round).rows().get(0);
            assertThat(row.cells().get("E2")).isEqualTo(PanelMatrix.Cell.SUBMITTED);
            assertThat(row.proxy("E2")).hasValueSatisfying(p -> {
                assertThat(p.enteredBy()).isEqualTo("김위원장");
                assertThat(p.sourceSha256()).isEqualTo(csvSha);
            });
            assertThat(row.proxy("E1")).isEmpty();
            assertThat(context.chair().matrix(round).proxyCount()).isEqualTo(1);
        }
    }

    @Test
    void everyWorkbookSheetListingTheEvaluatorSaysTheChairTypedIt() throws Exception {
        Path results = dir.resolve("결과.xlsx");
        assertThat(run("results", "--xlsx", results.toString()).exit()).isZero();
        try (XSSFWorkbook workbook = ReadBack.open(results)) {
            Sheet scores = workbook.getSheet("평가위원별 점수");
            Row header = rowWith(scores, 0, "접수번호", 0);
            int entry = column(header, "입력 방식");
            Row hong = rowWith(scores, 2, "홍길동 (E1)", header.getRowNum() + 2);
            Row kim = rowWith(scores, 2, "김철수 (E2)", header.getRowNum() + 2);
            assertThat(text(hong, entry)).isEmpty();
            assertThat(text(kim, entry)).startsWith("위원장 대리 입력 — 입력 김위원장, 파일 E2-서면평가표.csv (SHA-256 "
                    + csvSha.substring(0, 16) + "…)");

            Sheet ranking = workbook.getSheet("종합평가표");
            Row rankingHeader = rowWith(ranking, 1, "접수번호", 0);
            int proxied = column(rankingHeader, "위원장 대리 입력");
            assertThat(text(rowWith(ranking, 1, R1, rankingHeader.getRowNum() + 1), proxied))
                    .isEqualTo("위원장 대리 입력: 김철수");
        }

        Path pack = dir.resolve("이의신청.xlsx");
        assertThat(run("appeal", "--application", R1, "--out", pack.toString()).exit()).isZero();
        try (XSSFWorkbook workbook = ReadBack.open(pack)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = rowWith(sheet, 0, "합계", 5);
            Row entered = rowWith(sheet, 0, "입력 방식", total.getRowNum());
            // the label stands under whichever letter carries E2's total (60), whatever the draw
            for (int c = 3; c <= 4; c++) {
                boolean e2 = ReadBack.number(total, c) == 60;
                assertThat(text(entered, c)).as("column " + c).isEqualTo(e2 ? "위원장 대리 입력" : "");
            }
        }
    }

    private static int column(Row header, String label) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (label.equals(text(header, c))) {
                return c;
            }
        }
        throw new AssertionError("no column " + label);
    }
}
