package kr.tipa.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sheet show} on a real database: what is stored, null where nothing is, refused names. */
class SheetShowCliTest {

    private static final String R1 = "2024-EXP-0001";
    private static final List<String> INDICATORS = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4");

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

    private JsonNode show(String evaluator, String receipt) throws Exception {
        CliRunner.Result result = run("sheet", "show", "--evaluator", evaluator, "--application", receipt, "--json");
        assertThat(result.exit()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private Path csv(String name, String rows) throws Exception {
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, "receiptNo,indicatorId,score,comment\n" + rows, StandardCharsets.UTF_8);
        return file;
    }

    private static JsonNode indicator(JsonNode sheet, String id) {
        for (JsonNode i : sheet.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    @BeforeEach
    void round() throws Exception {
        db = dir.resolve("db").toString();
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        assertThat(run("import", bundle.toString()).exit()).isZero();
        assertThat(run("evaluator", "add", "--id", "E1", "--name", "위원1").exit()).isZero();
    }

    @Test
    void aSheetNeverTouchedShowsEveryIndicatorUnscored() throws Exception {
        JsonNode sheet = show("E1", R1);
        assertThat(sheet.get("receiptNo").asText()).isEqualTo(R1);
        assertThat(sheet.get("company").asText()).isEqualTo("주식회사 한빛정밀");
        assertThat(sheet.get("state").asText()).isEqualTo("DRAFT");
        assertThat(sheet.get("version").asInt()).isEqualTo(1);
        assertThat(sheet.get("stored").asBoolean()).isFalse();
        assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("0");
        assertThat(sheet.get("complete").asBoolean()).isFalse();
        assertThat(sheet.get("missing")).hasSize(10);
        assertThat(sheet.get("indicators")).hasSize(10).allSatisfy(i -> assertThat(i.get("value").isNull()).isTrue());
        assertThat(sheet.get("conflict").isNull()).isTrue();
    }

    @Test
    void aDraftShowsTheLimitsStoredAndNullForTheRest() throws Exception {
        CliRunner.Result loaded = run("scores", "load", "--evaluator", "E1", "--draft",
                csv("d", R1 + ",GLOBAL_1,10,\"시장 분석, 구체적\"\n" + R1 + ",GLOBAL_2,0,\n").toString());
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        JsonNode sheet = show("E1", R1);
        assertThat(sheet.get("stored").asBoolean()).isTrue();
        assertThat(indicator(sheet, "GLOBAL_1").get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(indicator(sheet, "GLOBAL_1").get("comment").asText()).isEqualTo("시장 분석, 구체적");
        assertThat(indicator(sheet, "GLOBAL_2").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(indicator(sheet, "GLOBAL_3").get("value").isNull()).isTrue();
        assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("10");
        assertThat(sheet.get("complete").asBoolean()).isFalse();
        assertThat(sheet.get("missing")).hasSize(8);
        assertThat(sheet.get("categories").get(0).get("subtotal").decimalValue()).isEqualByComparingTo("10");

        CliRunner.Result text = run("sheet", "show", "--evaluator", "E1", "--application", R1);
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("평가표 — 2024-EXP-0001 주식회사 한빛정밀 · 평가위원 E1 · 작성중 (버전 1)")
                .containsPattern("(?m)^  GLOBAL_1 +10 / 10  목표시장 분석의 이해도 및 정확성$")
                .containsPattern("(?m)^  GLOBAL_2 +0 / 10  ").containsPattern("(?m)^  GLOBAL_3 +- / 10  ")
                .containsPattern("(?m)^ +의견: 시장 분석, 구체적$")
                .contains("합계 10 / 100점 (점수를 준 지표만) · 완성되지 않음: 점수 없는 지표 8개");
    }

    /** Just outside each limit (and not a number at all): the whole file is refused, nothing is stored. */
    @ParameterizedTest
    @ValueSource(strings = {"11", "10.5", "-1", "0.5", "", "1a"})
    void aValueTheRubricRefusesIsNeverStored(String score) throws Exception {
        CliRunner.Result loaded = run("scores", "load", "--evaluator", "E1", "--draft",
                csv("bad", R1 + ",GLOBAL_2,7,\n" + R1 + ",GLOBAL_1," + score + ",\n").toString());
        assertThat(loaded.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(loaded.err()).contains("bad.csv");
        JsonNode sheet = show("E1", R1);
        assertThat(sheet.get("stored").asBoolean()).isFalse();
        assertThat(sheet.get("indicators")).allSatisfy(i -> assertThat(i.get("value").isNull()).isTrue());
    }

    @Test
    void aSubmittedSheetShowsItsStateVersionAndTotal() throws Exception {
        StringBuilder rows = new StringBuilder();
        INDICATORS.forEach(i -> rows.append(R1).append(',').append(i).append(",7,\n"));
        assertThat(run("scores", "load", "--evaluator", "E1", csv("all", rows.toString()).toString()).exit()).isZero();
        JsonNode sheet = show("E1", R1);
        assertThat(sheet.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(sheet.get("version").asInt()).isEqualTo(1);
        assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("70");
        assertThat(sheet.get("complete").asBoolean()).isTrue();
        assertThat(sheet.get("missing")).isEmpty();
        assertThat(sheet.get("submittedAt").isNull()).isFalse();
        CliRunner.Result text = run("sheet", "show", "--evaluator", "E1", "--application", R1);
        assertThat(text.out()).contains("제출완료 · 읽기 전용 (버전 1)").contains("합계 70 / 100점 · 모든 지표에 점수가 있습니다.");
    }

    @Test
    void aDeclaredConflictIsShown() throws Exception {
        assertThat(run("conflict", "--evaluator", "E1", "--application", R1, "--reason", "친족").exit()).isZero();
        assertThat(show("E1", R1).get("conflict").asText()).isEqualTo("친족");
    }

    @Test
    void anUnknownEvaluatorOrApplicationExitsTwoNamingIt() {
        CliRunner.Result evaluator = run("sheet", "show", "--evaluator", "E9", "--application", R1);
        assertThat(evaluator.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(evaluator.err()).contains("평가위원 'E9'이(가) 등록되어 있지 않습니다");
        CliRunner.Result application = run("sheet", "show", "--evaluator", "E1", "--application", "2024-EXP-9999");
        assertThat(application.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(application.err()).contains("접수번호 '2024-EXP-9999'의 신청이 없습니다");
        assertThat(application.out()).isEmpty();
    }

    @Test
    void itAnswersHelp() {
        CliRunner.Result help = cli.run("sheet", "show", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--evaluator").contains("--application").contains("--json")
                .contains("저장된 그대로");
    }
}
