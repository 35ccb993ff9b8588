package kr.tipa.eval.cli;

import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.model.Finalisation;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finalisation refused for each blocker, exclusions beyond capacity, alert acknowledgement, the audit check. */
class ChairCliTest {

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

    private void score(String evaluator, Map<String, Integer> perIndicator) throws Exception {
        StringBuilder csv = new StringBuilder("receiptNo,indicatorId,score\n");
        perIndicator.forEach((r, v) -> INDICATORS.forEach(i -> csv.append(r).append(',').append(i).append(',')
                .append(v).append('\n')));
        Path file = Files.createTempFile(dir, evaluator, ".csv");
        Files.writeString(file, csv);
        assertThat(run("scores", "load", "--evaluator", evaluator, file.toString()).exit()).isZero();
    }

    /** Two applications; 0002 has a wrong check digit (NEEDS_REVIEW). Three evaluators. */
    @BeforeEach
    void round() throws Exception {
        db = dir.resolve("db").toString();
        BundleWriter writer = Fixtures.bundle(2);
        object(writer.application("2024-EXP-0002"), "company").put("businessRegistrationNo", "220-81-62518");
        Path bundle = dir.resolve("round.zip");
        writer.write(bundle);
        run("import", bundle.toString());
        for (String e : List.of("E1", "E2", "E3")) {
            assertThat(run("evaluator", "add", "--id", e, "--name", "위원" + e).exit()).isZero();
        }
    }

    @Test
    void eachBlockerRefusesFinalisationUntilDealtWith() throws Exception {
        // E1 and E2 score both; E3 only 0001 -> 0002 misses E3's sheet. 0001: 90 vs 60 -> spread alert.
        score("E1", Map.of("2024-EXP-0001", 9, "2024-EXP-0002", 7));
        score("E2", Map.of("2024-EXP-0001", 6, "2024-EXP-0002", 7));
        score("E3", Map.of("2024-EXP-0001", 8));
        CliRunner.Result refused = run("finalise", "--by", "위원장");
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("2024-EXP-0002").contains("검토 필요").contains("편차").contains("E3");
        // acknowledging and closing is not enough while NEEDS_REVIEW remains, and nothing of it is kept
        refused = run("finalise", "--by", "위원장", "--acknowledge-alerts", "--close-missing");
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("검토 필요").doesNotContain("편차");
        assertThat(run("finalise", "--by", "위원장").err()).contains("편차");

        run("override", "--application", "2024-EXP-0002", "--screening", "ELIGIBLE", "--reason", "번호 확인", "--by", "간사");
        refused = run("finalise", "--by", "위원장");
        assertThat(refused.err()).doesNotContain("검토 필요").contains("편차").contains("E3");
        assertThat(run("acknowledge", "--application", "2024-EXP-0001", "--by", "위원장").exit()).isZero();
        refused = run("finalise", "--by", "위원장");
        assertThat(refused.err()).doesNotContain("편차").contains("E3");
        CliRunner.Result done = run("finalise", "--by", "위원장", "--close-missing");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(run("audit", "verify").out()).contains("온전");
    }

    @Test
    void anExcludedCompanyIsNotSelectedButKeepsItsComposite() throws Exception {
        score("E1", Map.of("2024-EXP-0001", 9));
        score("E2", Map.of("2024-EXP-0001", 9));
        score("E3", Map.of("2024-EXP-0001", 9));
        assertThat(run("exclude", "--application", "2024-EXP-0001", "--by", "위원장").exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run("exclude", "--application", "2024-EXP-0001", "--reason", "지원규모 초과", "--by", "위원장").exit())
                .isZero();
        JsonNode a = first();
        assertThat(a.get("status").asText()).isEqualTo("NOT_SELECTED");
        assertThat(a.get("composite").asText()).isEqualTo("90.00");
        assertThat(a.get("exclusionReason").asText()).isEqualTo("지원규모 초과");
        assertThat(a.get("packages").size()).isZero();
        run("exclude", "--application", "2024-EXP-0001", "--undo");
        assertThat(first().get("status").asText()).isEqualTo("SELECTED");
    }

    private JsonNode first() throws Exception {
        for (JsonNode a : new ObjectMapper().readTree(run("results", "--json").out()).get("applications")) {
            if (a.get("receiptNo").asText().equals("2024-EXP-0001")) {
                return a;
            }
        }
        throw new AssertionError("no 2024-EXP-0001");
    }

    @Test
    void anEditedAuditEntryIsCaughtAndNamed() throws Exception {
        score("E1", Map.of("2024-EXP-0001", 9));
        assertThat(run("audit", "verify").exit()).isZero();
        try (Connection c = kr.tipa.eval.testing.RawDatabase.open(Path.of(db), "test-password")) {
            c.createStatement().executeUpdate("UPDATE audit_entry SET subject = 'edited' WHERE seq = 3");
        }
        CliRunner.Result broken = run("audit", "verify");
        assertThat(broken.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(broken.err()).contains("3번");
    }

    @Test
    void aRemovedAuditEntryIsCaught() throws Exception {
        score("E1", Map.of("2024-EXP-0001", 9));
        try (Connection c = kr.tipa.eval.testing.RawDatabase.open(Path.of(db), "test-password")) {
            c.createStatement().executeUpdate("DELETE FROM audit_entry WHERE seq = 2");
        }
        assertThat(run("audit", "verify").exit()).isEqualTo(ExitCode.INTEGRITY);
    }
}
