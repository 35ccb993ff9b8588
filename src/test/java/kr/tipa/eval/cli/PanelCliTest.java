package kr.tipa.eval.cli;

import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole panel through the commands of cli.md, compared field by field with results worked by hand.
 * Every evaluator gives each indicator of an application the same score, so a total is ten times it.
 */
class PanelCliTest {

    private static final List<String> INDICATORS = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4");

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword();
    private String db;

    private CliRunner.Result run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return cli.run(all);
    }

    /** One evaluator's CSV: each application's indicators all get the given score. */
    private Path csv(String name, Map<String, Integer> perIndicator) throws Exception {
        StringBuilder text = new StringBuilder("receiptNo,indicatorId,score,comment\n");
        perIndicator.forEach((receipt, score) -> INDICATORS.forEach(i ->
                text.append(receipt).append(',').append(i).append(',').append(score).append(",\"메모, 있음\"\n")));
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @BeforeEach
    void panel() throws Exception {
        db = dir.resolve("db").toString();
        BundleWriter writer = Fixtures.bundle(5);
        // 0003 requested group insurance with its form, but exports 40M without last year's use: ①② restricted
        object(writer.application("2024-EXP-0003"), "groupInsurance").put("requested", true);
        writer.attach("2024-EXP-0003", "GROUP_INSURANCE_FORM", "documents/단체보험가입신청서.hwp",
                BundleWriter.Content.of(new byte[] {1, 2, 3}));
        object(writer.application("2024-EXP-0003"), "export").put("lastYearExportUsd", 40_000_000L)
                .put("hasDirectExportLastYear", false);
        // 0004 is ineligible (grade R)
        object(writer.application("2024-EXP-0004"), "credit").put("ksureGrade", "R");
        Path bundle = dir.resolve("round.zip");
        writer.write(bundle);
        assertThat(run("import", bundle.toString()).exit()).isZero();
        for (int i = 1; i <= 5; i++) {
            assertThat(run("evaluator", "add", "--id", "E" + i, "--name", "위원" + i).exit()).isZero();
        }
        assertThat(run("conflict", "--evaluator", "E5", "--application", "2024-EXP-0002", "--reason", "친족").exit())
                .isZero();
    }

    /** The panel of the tests below: per-indicator scores (totals are ten times these). */
    private void scorePanel() throws Exception {
        Map<String, Map<String, Integer>> scores = new HashMap<>();
        scores.put("E1", Map.of("2024-EXP-0001", 9, "2024-EXP-0002", 6, "2024-EXP-0003", 7, "2024-EXP-0004", 9));
        scores.put("E2", Map.of("2024-EXP-0001", 8, "2024-EXP-0002", 6, "2024-EXP-0003", 7, "2024-EXP-0004", 9));
        scores.put("E3", Map.of("2024-EXP-0001", 7, "2024-EXP-0002", 5, "2024-EXP-0003", 7, "2024-EXP-0004", 9));
        scores.put("E4", Map.of("2024-EXP-0001", 6, "2024-EXP-0002", 6, "2024-EXP-0004", 9));
        scores.put("E5", Map.of("2024-EXP-0001", 10, "2024-EXP-0004", 9));
        for (var e : scores.entrySet()) {
            CliRunner.Result loaded = run("scores", "load", "--evaluator", e.getKey(), csv(e.getKey(), e.getValue()).toString());
            assertThat(loaded.exit()).as(loaded.err()).isZero();
        }
    }

    @Test
    void resultsMatchTheRulesFieldByField() throws Exception {
        scorePanel();
        JsonNode json = new ObjectMapper().readTree(run("results", "--json").out());
        assertThat(json.get("programCode").asText()).isEqualTo("KSURE-EXPORT-2024-2");
        assertThat(json.get("cutoff").asInt()).isEqualTo(60);
        assertThat(json.get("capacity").asInt()).isEqualTo(50);
        Map<String, JsonNode> apps = new HashMap<>();
        json.get("applications").forEach(a -> apps.put(a.get("receiptNo").asText(), a));

        // 0001: 90, 80, 70, 60, 100 → five totals, drop 100 and 60 → (90+80+70)/3 = 80.00, rank 1
        JsonNode a1 = apps.get("2024-EXP-0001");
        assertThat(a1.get("evaluatorTotals").toString()).isEqualTo("[\"90\",\"80\",\"70\",\"60\",\"100\"]");
        assertThat(a1.get("composite").asText()).isEqualTo("80.00");
        assertThat(a1.get("status").asText()).isEqualTo("SELECTED");
        assertThat(a1.get("rank").asInt()).isEqualTo(1);
        assertThat(a1.get("packages").size()).isEqualTo(6);
        assertThat(a1.get("packages").get("P1_GROUP_INSURANCE").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(a1.get("packages").get("P6_POST_SHIPMENT_GUARANTEE").asText()).isEqualTo("GRANTED");
        assertThat(a1.get("spreadAlert").asBoolean()).isTrue();

        // 0002: E5 conflicted → 60, 60, 50, 60 → four totals, no trim → 230/4 = 57.50 → not selected, rank 3
        JsonNode a2 = apps.get("2024-EXP-0002");
        assertThat(a2.get("evaluatorTotals").toString()).isEqualTo("[\"60\",\"60\",\"50\",\"60\"]");
        assertThat(a2.get("composite").asText()).isEqualTo("57.50");
        assertThat(a2.get("status").asText()).isEqualTo("NOT_SELECTED");
        assertThat(a2.get("rank").asInt()).isEqualTo(3);
        assertThat(a2.get("packages").size()).isZero();

        // 0003: 70, 70, 70 → 70.00, rank 2; ① and ② restricted (exports over US$30M), ⑥ not applicable
        JsonNode a3 = apps.get("2024-EXP-0003");
        assertThat(a3.get("composite").asText()).isEqualTo("70.00");
        assertThat(a3.get("rank").asInt()).isEqualTo(2);
        assertThat(a3.get("packages").get("P1_GROUP_INSURANCE").asText()).isEqualTo("RESTRICTED");
        assertThat(a3.get("packages").get("P2_SHORT_TERM_INSURANCE_DISCOUNT").asText()).isEqualTo("RESTRICTED");
        assertThat(a3.get("packages").get("P3_EXPORT_CONSULTING").asText()).isEqualTo("GRANTED");
        assertThat(a3.get("packages").get("P6_POST_SHIPMENT_GUARANTEE").asText()).isEqualTo("NOT_APPLICABLE");

        // 0004: ineligible (X06): totals listed, no composite, no rank, no packages
        JsonNode a4 = apps.get("2024-EXP-0004");
        assertThat(a4.get("screening").asText()).isEqualTo("INELIGIBLE");
        assertThat(a4.get("reasons").toString()).isEqualTo("[\"X06_CREDIT_GRADE_R\"]");
        assertThat(a4.get("evaluatorTotals").size()).isEqualTo(5);
        assertThat(a4.get("composite").isNull()).isTrue();
        assertThat(a4.get("rank").isNull()).isTrue();
        assertThat(a4.get("status").asText()).isEqualTo("INELIGIBLE");

        // 0005: nobody scored → incomplete
        JsonNode a5 = apps.get("2024-EXP-0005");
        assertThat(a5.get("status").asText()).isEqualTo("INCOMPLETE");
        assertThat(a5.get("evaluatorTotals").size()).isZero();
        assertThat(a5.get("composite").isNull()).isTrue();
    }

    /**
     * Alpha over the totals, applications as units (0005 has none; 0004's count although it is ineligible):
     * 0001 90 80 70 60 100, 0002 60 60 50 60, 0003 70 70 70, 0004 90 90 90 90 90; n = 17.
     * D_o: 0001 Σ_{i<j}(v_i − v_j)² = 5·33000 − 400² = 5000, ordered 10000, /4 = 2500; 0002 4·13300 − 230² = 300,
     * ordered 600, /3 = 200; 0003 and 0004 0; D_o = 2700/17 = 158.824.
     * D_e: Σv = 1290, Σv² = 101500, 17·101500 − 1290² = 61400, ordered 122800, /(17·16) = 451.471.
     * alpha = 1 − 158.824/451.471 = 0.648.
     * Without E4: 0001 90 80 70 100 (4·29400 − 340² = 2000, ordered 4000, /3 = 1333.33), 0002 60 60 50
     * (3·9700 − 170² = 200, ordered 400, /2 = 200), n = 14, D_o = 1533.33/14 = 109.524; Σv = 1080,
     * Σv² = 86200, 14·86200 − 1080² = 40400, D_e = 80800/182 = 443.956; alpha = 0.753: E4 pulls agreement down most.
     */
    @Test
    void theAdvisoryFiguresStandApartFromTheOfficialOnes() throws Exception {
        scorePanel();
        JsonNode json = new ObjectMapper().readTree(run("results", "--json").out());
        JsonNode advisory = json.get("advisory");
        assertThat(advisory.get("advisoryOnly").asBoolean()).isTrue();
        assertThat(advisory.get("alpha").decimalValue()).isEqualByComparingTo("0.648");
        assertThat(advisory.get("alphaWithout").get("E4").decimalValue()).isEqualByComparingTo("0.753");
        assertThat(advisory.get("alphaWithout").size()).isEqualTo(5);
        assertThat(advisory.get("alphaInterval").size()).isEqualTo(2);
        assertThat(advisory.get("alphaInterval").get(0).decimalValue())
                .isLessThanOrEqualTo(advisory.get("alphaInterval").get(1).decimalValue());
        assertThat(advisory.get("pairableApplications").asInt()).isEqualTo(4);
        assertThat(advisory.get("bootstrap").get("seed").asLong()).isEqualTo(20240904L);
        // the adjusted composites stay on the official side of the cutoff here
        assertThat(advisory.get("crossesCutoff").size()).isZero();
        Map<String, JsonNode> apps = new HashMap<>();
        json.get("applications").forEach(a -> apps.put(a.get("receiptNo").asText(), a));
        assertThat(apps.get("2024-EXP-0002").get("composite").asText()).isEqualTo("57.50");
        // E1–E4's z-scores on 0002 averaged (−1.2025), mapped onto the panel's mean 1290/17 = 75.882 and
        // SD 14.576: 58.35, still below the cutoff like the official 57.50
        assertThat(apps.get("2024-EXP-0002").get("advisory").get("adjustedComposite").asText()).isEqualTo("58.35");
        assertThat(apps.get("2024-EXP-0002").get("advisory").get("crossesCutoff").asBoolean()).isFalse();
        assertThat(apps.get("2024-EXP-0004").get("advisory").get("adjustedComposite").isNull()).isTrue();
        assertThat(apps.get("2024-EXP-0005").get("advisory").get("adjustedComposite").isNull()).isTrue();
        // the official fields are as they were, with nothing advisory in them
        for (JsonNode a : json.get("applications")) {
            assertThat(a.get("composite").isNull() || a.get("composite").isTextual()).isTrue();
            assertThat(a.get("status").isTextual()).isTrue();
            assertThat(a.get("rank").isNull() || a.get("rank").isInt()).isTrue();
        }
    }

    @Test
    void aFileWithOneBadRowIsRefusedWhole() throws Exception {
        Path file = csv("bad", Map.of("2024-EXP-0001", 8));
        Files.writeString(file, "2024-EXP-0001,GLOBAL_1,11,\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CliRunner.Result result = run("scores", "load", "--evaluator", "E1", file.toString());
        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(result.err()).contains("bad.csv").contains("12");
        JsonNode json = new ObjectMapper().readTree(run("results", "--json").out());
        json.get("applications").forEach(a -> assertThat(a.get("evaluatorTotals").size()).isZero());
    }

    @Test
    void rowsForAConflictedApplicationAreRefused() throws Exception {
        CliRunner.Result result = run("scores", "load", "--evaluator", "E5",
                csv("e5", Map.of("2024-EXP-0002", 8)).toString());
        assertThat(result.exit()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void draftsAreNotSubmittedAndPartialSheetsStayDrafts() throws Exception {
        assertThat(run("scores", "load", "--evaluator", "E1", "--draft",
                csv("d", Map.of("2024-EXP-0001", 8)).toString()).exit()).isZero();
        Path partial = dir.resolve("partial.csv");
        Files.writeString(partial, "receiptNo,indicatorId,score\n2024-EXP-0003,GLOBAL_1,5\n");
        CliRunner.Result loaded = run("scores", "load", "--evaluator", "E2", partial.toString(), "--json");
        assertThat(new ObjectMapper().readTree(loaded.out()).get("drafts").get(0).asText()).isEqualTo("2024-EXP-0003");
        JsonNode json = new ObjectMapper().readTree(run("results", "--json").out());
        json.get("applications").forEach(a -> assertThat(a.get("evaluatorTotals").size()).isZero());
    }

    @Test
    void loadingAgainAfterSubmittingIsANewVersion() throws Exception {
        run("scores", "load", "--evaluator", "E1", csv("v1", Map.of("2024-EXP-0001", 8)).toString());
        run("scores", "load", "--evaluator", "E1", csv("v2", Map.of("2024-EXP-0001", 9)).toString());
        JsonNode json = new ObjectMapper().readTree(run("results", "--json").out());
        json.get("applications").forEach(a -> {
            if (a.get("receiptNo").asText().equals("2024-EXP-0001")) {
                assertThat(a.get("evaluatorTotals").toString()).isEqualTo("[\"90\"]");
            }
        });
    }
}
