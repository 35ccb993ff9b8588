package kr.tipa.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pledge} on an evaluator's own laptop: the window's text, agreement on the console or with
 * {@code --accept}, nothing recorded otherwise; and no {@code scores load} before it.
 */
class PledgeCliTest {

    private static final List<String> INDICATORS = List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1",
            "MARKETABILITY_2", "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4");
    private static final String PROGRAM = "2024년도 제2차 한국무역보험공사 연계 수출지원프로그램";

    @TempDir
    Path dir;

    private String db;

    private CliRunner.Result run(CliRunner cli, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db);
        return cli.run(all.toArray(String[]::new));
    }

    private CliRunner.Result run(String... args) {
        return run(CliRunner.withPassword(), args);
    }

    @BeforeEach
    void laptop() throws Exception {
        db = dir.resolve("e03").toString();
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        assertThat(run("import", bundle.toString()).exit()).isZero();
        assertThat(run("evaluator", "add", "--id", "E03", "--name", "김평가", "--self").exit()).isZero();
    }

    private Path csv() throws Exception {
        StringBuilder csv = new StringBuilder("receiptNo,indicatorId,score\n");
        INDICATORS.forEach(i -> csv.append("2024-EXP-0001,").append(i).append(",7\n"));
        Path file = dir.resolve("점수.csv");
        Files.writeString(file, csv);
        return file;
    }

    private String results() {
        return run("results", "--json").out();
    }

    @Test
    void scoresAreRefusedBeforeThePledgeNamingTheEvaluatorAndTheRound() throws Exception {
        CliRunner.Result refused = run("scores", "load", "--evaluator", "E03", csv().toString());
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("E03").contains("김평가").contains(PROGRAM).contains("KSURE-EXPORT-2024-2")
                .contains("서약");
        assertThat(run("sheet", "show", "--evaluator", "E03", "--application", "2024-EXP-0001", "--json").out())
                .contains("\"state\" : \"DRAFT\"").doesNotContain("\"7\"");
        assertThat(results()).contains("\"evaluatorTotals\" : [ ]");

        assertThat(run("pledge", "--evaluator", "E03", "--accept").exit()).isZero();
        CliRunner.Result loaded = run("scores", "load", "--evaluator", "E03", csv().toString(), "--json");
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("\"submitted\" : [ \"2024-EXP-0001\" ]").contains("\"proxyEntry\" : null");
    }

    @Test
    void withAcceptThePledgeIsRecordedWithTheWindowsText() throws Exception {
        CliRunner.Result pledged = run("pledge", "--evaluator", "E03", "--accept");
        assertThat(pledged.exit()).as(pledged.err()).isZero();
        assertThat(pledged.out()).contains("보안·청렴 서약 — " + PROGRAM).contains("보안·청렴 서약서")
                .contains("본인 김평가은(는) 「" + PROGRAM + "」 선정평가위원으로서")
                .contains("서약을 기록했습니다: 평가위원 E03, 회차 KSURE-EXPORT-2024-2");
        JsonNode again = new ObjectMapper().readTree(run("pledge", "--evaluator", "E03", "--json").out());
        assertThat(again.get("alreadyPledged").asBoolean()).isTrue();
        assertThat(again.get("pledgeText").asText()).startsWith("보안·청렴 서약서").contains("본인 김평가은(는)");
    }

    @Test
    void onTheConsoleYesRecordsAndNoRecordsNothing() throws Exception {
        CliRunner declining = CliRunner.withPassword().answering("아니오");
        CliRunner.Result declined = run(declining, "pledge", "--evaluator", "E03");
        assertThat(declined.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(declining.questions()).containsExactly("동의합니까? (예/아니오) ");
        assertThat(declined.out()).contains("보안·청렴 서약서");
        assertThat(run("scores", "load", "--evaluator", "E03", csv().toString()).exit()).isEqualTo(ExitCode.REFUSED);

        CliRunner.Result agreed = run(CliRunner.withPassword().answering("예"), "pledge", "--evaluator", "E03");
        assertThat(agreed.exit()).as(agreed.err()).isZero();
        assertThat(run("scores", "load", "--evaluator", "E03", csv().toString()).exit()).isZero();
    }

    @Test
    void withoutAConsoleAndWithoutAcceptNothingIsRecorded() throws Exception {
        CliRunner.Result noConsole = run("pledge", "--evaluator", "E03");
        assertThat(noConsole.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noConsole.err()).contains("--accept");
        assertThat(run("audit", "verify").exit()).isZero();
        assertThat(run("scores", "load", "--evaluator", "E03", csv().toString()).exit()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void anUnknownEvaluatorIsRefused() {
        CliRunner.Result refused = run("pledge", "--evaluator", "E99", "--accept");
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("E99");
    }

    @Test
    void aSecondOwnEvaluatorIsRefused() {
        CliRunner.Result refused = run("evaluator", "add", "--id", "E04", "--name", "박평가", "--self");
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("E04").contains("E03");
        assertThat(run("evaluator", "list").out()).doesNotContain("E04");
    }

    @Test
    void thePledgeCommandAnswersHelp() {
        CliRunner.Result help = CliRunner.withPassword().run("pledge", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--evaluator").contains("--accept").contains("--by");
    }
}
