package kr.tipa.eval.cli;

import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.testing.Fixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed result workbook through the command line: it verifies, keeps formula-like names as text, and is 잠정 until finalised. */
class ResultWorkbookCliTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"클릭\")";

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword();
    private String db;

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        return cli.run(all.toArray(String[]::new));
    }

    private static List<String> texts(Path workbook, String sheetPrefix) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : book) {
                if (!sheet.getSheetName().startsWith(sheetPrefix)) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("no formulas anywhere").isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void theResultWorkbookVerifiesKeepsFormulasAsTextAndIsProvisionalUntilFinalised() throws Exception {
        db = dir.resolve("db").toString();
        BundleWriter writer = Fixtures.bundle(2);
        object(writer.application("2024-EXP-0001"), "company").put("name", EVIL);
        Path bundle = dir.resolve("round.zip");
        writer.write(bundle);
        run("import", bundle.toString());
        StringBuilder csv = new StringBuilder("receiptNo,indicatorId,score\n");
        for (String i : List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1", "MARKETABILITY_2",
                "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4")) {
            csv.append("2024-EXP-0001,").append(i).append(",8\n").append("2024-EXP-0002,").append(i).append(",8\n");
        }
        Path scores = dir.resolve("s.csv");
        Files.writeString(scores, csv);
        for (String e : List.of("E1", "E2", "E3")) {
            run("evaluator", "add", "--id", e, "--name", "위원" + e);
            assertThat(run("scores", "load", "--evaluator", e, scores.toString()).exit()).isZero();
        }

        Path provisional = dir.resolve("results.xlsx");
        CliRunner.Result written = run("results", "--xlsx", provisional.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).contains("잠정");
        assertThat(cli.run("verify", provisional.toString()).exit()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(provisional))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).contains("종합평가표", "평가위원별 점수", "자격 요건검토 결과", "지원대상 추천 목록", "감사 기록");
        }
        List<String> ranking = texts(provisional, "종합평가표");
        assertThat(ranking).contains(EVIL);
        assertThat(String.join(" ", ranking)).contains("잠정");

        assertThat(run("finalise", "--by", "위원장").exit()).isZero();
        Path fin = dir.resolve("final.xlsx");
        CliRunner.Result finalWritten = run("results", "--xlsx", fin.toString());
        assertThat(finalWritten.out()).contains("확정된");
        assertThat(String.join(" ", texts(fin, "종합평가표"))).doesNotContain("잠정");
        assertThat(cli.run("verify", fin.toString()).exit()).isZero();

        Path appeal = dir.resolve("appeal.xlsx");
        assertThat(run("appeal", "--application", "2024-EXP-0002", "--out", appeal.toString()).exit()).isZero();
        String everything = String.join(" ", texts(appeal, ""));
        assertThat(everything).contains("위원 A").doesNotContain("위원E1").doesNotContain("2024-EXP-0001");
    }
}
