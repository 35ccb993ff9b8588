package kr.tipa.eval.sheets;

import static kr.tipa.eval.excel.results.ReadBack.rowWith;
import static kr.tipa.eval.excel.results.ReadBack.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.cli.ExitCode;
import kr.tipa.eval.excel.results.ReadBack;
import kr.tipa.eval.excel.sheets.SheetWorkbookReader;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.RawDatabase;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pledge travels inside the signed sheet workbook (its cover and its signed machine-readable copy), and
 * the chair takes a workbook without one only when told why: refused with exit 2 and nothing written,
 * accepted with {@code --accept-unpledged --reason}, which the audit trail and the panel's file list keep.
 */
class UnpledgedSheetsTest {

    private static final String R1 = "2024-EXP-0001";

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword();
    private Path bundle;
    private String chairDb;

    private CliRunner.Result chair(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(chairDb);
        return cli.run(all.toArray(String[]::new));
    }

    @BeforeEach
    void rounds() throws Exception {
        bundle = dir.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        chairDb = dir.resolve("chair").toString();
        assertThat(chair("import", bundle.toString()).exit()).isZero();
    }

    /**
     * A workbook as a laptop without a pledge record writes it (one from before pledges were recorded, say):
     * the evaluator pledged and scored, then the pledge row is gone before the export.
     */
    private Path unpledgedWorkbook() throws Exception {
        Path laptop = dir.resolve("e1-laptop");
        Path first = Panels.signedSheets(laptop, bundle, "E1", "홍길동", Map.of(R1, 8), 1);
        try (Connection c = RawDatabase.open(laptop, Panels.PASSWORD)) {
            c.createStatement().executeUpdate("DELETE FROM pledge");
        }
        try (AppContext evaluator = Panels.open(laptop)) {
            Path file = laptop.resolve("E1-unpledged.xlsx");
            evaluator.sheetExports().export(evaluator.rounds().require(null), "E1", file);
            assertThat(first).exists();
            return file;
        }
    }

    @Test
    void theSignedCopyAndTheCoverCarryThePledgeTime() throws Exception {
        Path laptop = dir.resolve("e1-laptop");
        Path file = Panels.signedSheets(laptop, bundle, "E1", "홍길동", Map.of(R1, 8), 1);
        Instant pledged;
        try (AppContext evaluator = Panels.open(laptop)) {
            Round round = evaluator.rounds().require(null);
            pledged = evaluator.scoring().pledgeAcceptedAt(round, "E1").orElseThrow();
        }
        JsonNode data = new ObjectMapper().readTree(SheetWorkbookReader.data(file).orElseThrow());
        assertThat(Instant.parse(data.get("pledgeAcceptedAt").asText())).isEqualTo(pledged);
        try (XSSFWorkbook workbook = ReadBack.open(file)) {
            String cover = text(rowWith(workbook.getSheetAt(0), 0, "보안·청렴 서약", 0), 1);
            assertThat(cover).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*").isNotEqualTo("서약 기록 없음");
        }
        CliRunner.Result imported = chair("sheet", "import", file.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(imported.out());
        assertThat(Instant.parse(json.get("pledgeAcceptedAt").asText())).isEqualTo(pledged);
        assertThat(json.get("unpledgedReason").isNull()).isTrue();
    }

    @Test
    void aWorkbookWithoutAPledgeIsRefusedWithNothingWritten() throws Exception {
        Path file = unpledgedWorkbook();
        JsonNode data = new ObjectMapper().readTree(SheetWorkbookReader.data(file).orElseThrow());
        assertThat(data.get("pledgeAcceptedAt").isNull()).isTrue();
        try (XSSFWorkbook workbook = ReadBack.open(file)) {
            assertThat(text(rowWith(workbook.getSheetAt(0), 0, "보안·청렴 서약", 0), 1)).isEqualTo("서약 기록 없음");
        }
        int auditBefore = audit().size();

        CliRunner.Result refused = chair("sheet", "import", file.toString());
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("E1-unpledged.xlsx").contains("E1").contains("홍길동")
                .contains("--accept-unpledged");
        assertThat(chair("results", "--json").out()).contains("\"evaluatorTotals\" : [ ]");
        assertThat(chair("evaluator", "list").out()).doesNotContain("E1");
        assertThat(audit()).hasSize(auditBefore);

        CliRunner.Result noReason = chair("sheet", "import", file.toString(), "--accept-unpledged");
        assertThat(noReason.exit()).isEqualTo(ExitCode.USAGE);
        CliRunner.Result blankReason = chair("sheet", "import", file.toString(), "--accept-unpledged", "--reason", " ");
        assertThat(blankReason.exit()).isEqualTo(ExitCode.USAGE);
        CliRunner.Result reasonAlone = chair("sheet", "import", file.toString(), "--reason", "서면 서약서 확인");
        assertThat(reasonAlone.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(audit()).hasSize(auditBefore);
    }

    @Test
    void withAReasonItIsAcceptedAuditedAndShownBesideTheFile() throws Exception {
        Path file = unpledgedWorkbook();
        CliRunner.Result accepted = chair("sheet", "import", file.toString(), "--accept-unpledged", "--reason",
                "서면 서약서 원본 확인", "--json");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(accepted.out());
        assertThat(json.get("pledgeAcceptedAt").isNull()).isTrue();
        assertThat(json.get("unpledgedReason").asText()).isEqualTo("서면 서약서 원본 확인");
        assertThat(chair("results", "--json").out()).contains("\"evaluatorTotals\" : [ \"80\" ]");

        List<AuditEntry> entries = audit();
        assertThat(entries).filteredOn(e -> e.action().equals("SHEET_IMPORT_UNPLEDGED")).singleElement()
                .satisfies(e -> assertThat(e.detailJson()).contains("서면 서약서 원본 확인")
                        .contains("E1-unpledged.xlsx"));
        assertThat(chair("audit", "verify").exit()).isZero();
        try (AppContext context = Panels.open(Path.of(chairDb))) {
            List<ImportedSheetFile> files = context.sheetImports().imports(context.rounds().require(null));
            assertThat(files).singleElement().satisfies(f ->
                    assertThat(f.unpledgedReason()).contains("서면 서약서 원본 확인"));
        }
    }

    private List<AuditEntry> audit() {
        try (AppContext context = Panels.open(Path.of(chairDb))) {
            return context.audit().all();
        }
    }
}
