package kr.tipa.eval.cli;

import static kr.tipa.eval.testing.TwoPanelRound.A1;
import static kr.tipa.eval.testing.TwoPanelRound.A2;
import static kr.tipa.eval.testing.TwoPanelRound.A3;
import static kr.tipa.eval.testing.TwoPanelRound.A4;
import static kr.tipa.eval.testing.TwoPanelRound.A5;
import static kr.tipa.eval.testing.TwoPanelRound.A6;
import static kr.tipa.eval.testing.TwoPanelRound.A7;
import static kr.tipa.eval.testing.TwoPanelRound.A8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.TwoPanelRound;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two panels from the agency's intake files to the agency's signed, merged result (see {@link TwoPanelRound}
 * for every score and the values worked by hand). The merged ranking, by the rules of program-rules.md §3
 * over both panels' applications together:
 * <pre>
 *   rank 1  A1 (P1) 85.00
 *   rank 2  A2 (P1) 70.00  EXPORT_PLAN mean 28 — ties with A5 on the composite, and wins on the first key
 *   rank 3  A5 (P2) 70.00  EXPORT_PLAN mean 24
 *   rank 4  A4 (P2) 65.00  EXPORT_PLAN 26, MARKETABILITY 21 — ties with A3 on the composite and on the first
 *                           key, and wins on the second
 *   rank 5  A3 (P1) 65.00  EXPORT_PLAN 26, MARKETABILITY 19 — five pass the cutoff, capacity is 4: the agency
 *                           excludes A3 by hand; it keeps its composite and rank and becomes NOT_SELECTED
 *   rank 6  A6 (P2) 55.00  below 60: NOT_SELECTED
 *   A7 (P2) overridden INELIGIBLE, A8 (P1) INELIGIBLE (credit R): no composite, no rank
 * </pre>
 * Support programmes from the agency's own facts (the packages carried no group-insurance facts): A1 asked for
 * group insurance with its form, so ① GRANTED; A2's fraud history restricts ② (① does not apply: not asked);
 * A5 has no direct export last year, so ⑥ NOT_APPLICABLE; everything else selected GRANTED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelResultsCliTest {

    private final ObjectMapper json = new ObjectMapper();
    private final CliRunner agency = CliRunner.withPassword();
    private TwoPanelRound round;

    @BeforeAll
    void build(@TempDir Path root) throws Exception {
        round = new TwoPanelRound(root).build();
    }

    private CliRunner.Result on(Path db, String... args) {
        return on(agency, db, args);
    }

    private static CliRunner.Result on(CliRunner cli, Path db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db.toString());
        return cli.run(all.toArray(String[]::new));
    }

    private JsonNode application(JsonNode results, String receipt) {
        for (JsonNode a : results.get("applications")) {
            if (a.get("receiptNo").asText().equals(receipt)) {
                return a;
            }
        }
        throw new AssertionError("no " + receipt);
    }

    @Test
    void theAgencyMergesBothPanelsIntoOneRankingWithTiesBrokenAcrossPanels() throws Exception {
        Path db = round.agencyCopy("agency-merge");

        CliRunner.Result blocked = on(db, "finalise", "--by", "전담기관 담당자");
        assertThat(blocked.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(blocked.err()).contains("분과 P1의 결과를 아직 가져오지 않음").contains("분과 P2의 결과를 아직 가져오지 않음");

        CliRunner.Result imported = on(db, "results", "import", round.p1Final().toString(),
                round.p2Provisional().toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode outcomes = json.readTree(imported.out()).get("imported");
        assertThat(outcomes.get(0).get("panel").asText()).isEqualTo("P1");
        assertThat(outcomes.get(0).get("final").asBoolean()).isTrue();
        assertThat(outcomes.get(0).get("rosterChecked").asBoolean()).isTrue();
        assertThat(outcomes.get(0).get("fingerprint").asText()).isEqualTo(round.c1Fingerprint());
        assertThat(outcomes.get(0).get("bundleChecked").asBoolean()).isTrue();
        assertThat(outcomes.get(0).get("sheets").asInt()).isEqualTo(9);
        assertThat(outcomes.get(1).get("panel").asText()).isEqualTo("P2");
        assertThat(outcomes.get(1).get("final").asBoolean()).isFalse();
        assertThat(outcomes.get(1).get("rosterChecked").asBoolean()).isFalse();
        assertThat(outcomes.get(1).get("pinnedNow").asBoolean()).isTrue();

        CliRunner.Result provisional = on(db, "finalise", "--by", "전담기관 담당자");
        assertThat(provisional.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(provisional.err()).contains("분과 P2의 결과가 잠정임").doesNotContain("분과 P1");

        CliRunner.Result later = on(db, "results", "import", round.p2Final().toString());
        assertThat(later.exit()).as(later.err()).isZero();
        assertThat(later.out()).contains("분과 P2 제2분과: 제2판 확정 결과를 가져왔습니다")
                .contains("분과 P2의 제1판을 대신합니다");
        assertThat(on(db, "results", "import", round.p2Final().toString()).out()).contains("바뀐 것이 없습니다");
        CliRunner.Result older = on(db, "results", "import", round.p2Provisional().toString());
        assertThat(older.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(older.err()).contains("새롭지 않아");

        assertThat(on(db, "exclude", "--application", A3, "--reason", "지원규모 초과 (동점 후순위)", "--by", "담당자").exit())
                .isZero();
        JsonNode results = json.readTree(on(db, "results", "--json").out());
        assertThat(results.get("merged").asBoolean()).isTrue();
        assertThat(results.get("panels")).extracting(p -> p.get("id").asText() + " " + p.get("state").asText()
                + " v" + p.get("version").asInt()).containsExactly("P1 FINAL v1", "P2 FINAL v2");
        List<String> order = new ArrayList<>();
        results.get("applications").forEach(a -> order.add(a.get("receiptNo").asText()));
        assertThat(order).containsExactly(A1, A2, A5, A4, A3, A6, A7, A8);
        expect(application(results, A1), "P1", "85.00", "SELECTED", 1, List.of("90", "80", "85"));
        expect(application(results, A2), "P1", "70.00", "SELECTED", 2, List.of("70", "70", "70"));
        expect(application(results, A5), "P2", "70.00", "SELECTED", 3, List.of("70", "70", "70"));
        expect(application(results, A4), "P2", "65.00", "SELECTED", 4, List.of("65", "65", "65"));
        expect(application(results, A3), "P1", "65.00", "NOT_SELECTED", 5, List.of("65", "66", "64"));
        expect(application(results, A6), "P2", "55.00", "NOT_SELECTED", 6, List.of("55", "50", "60"));
        assertThat(application(results, A7).get("status").asText()).isEqualTo("INELIGIBLE");
        assertThat(application(results, A7).get("panel").asText()).isEqualTo("P2");
        assertThat(application(results, A8).get("status").asText()).isEqualTo("INELIGIBLE");
        assertThat(application(results, A8).get("composite").isNull()).isTrue();
        assertThat(application(results, A1).get("evaluators")).extracting(JsonNode::asText)
                .containsExactly("C1", "M11", "M12");
        assertThat(application(results, A3).get("exclusionReason").asText()).isEqualTo("지원규모 초과 (동점 후순위)");
        assertThat(results.get("selected").asInt()).isEqualTo(4);
        assertThat(application(results, A1).get("packages").toString()).isEqualTo("{\"P1_GROUP_INSURANCE\":\"GRANTED\","
                + "\"P2_SHORT_TERM_INSURANCE_DISCOUNT\":\"GRANTED\",\"P3_EXPORT_CONSULTING\":\"GRANTED\","
                + "\"P4_BUYER_CREDIT_CHECK\":\"GRANTED\",\"P5_PRE_SHIPMENT_GUARANTEE\":\"GRANTED\","
                + "\"P6_POST_SHIPMENT_GUARANTEE\":\"GRANTED\"}");
        assertThat(application(results, A2).get("packages").get("P1_GROUP_INSURANCE").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(application(results, A2).get("packages").get("P2_SHORT_TERM_INSURANCE_DISCOUNT").asText())
                .isEqualTo("RESTRICTED");
        assertThat(application(results, A2).get("packageReasons").get("P2_SHORT_TERM_INSURANCE_DISCOUNT").get(0)
                .asText()).isEqualTo("FRAUD_HISTORY");
        assertThat(application(results, A5).get("packages").get("P6_POST_SHIPMENT_GUARANTEE").asText())
                .isEqualTo("NOT_APPLICABLE");
        assertThat(application(results, A3).get("packages").size()).isZero();

        CliRunner.Result finalised = on(db, "finalise", "--by", "전담기관 담당자");
        assertThat(finalised.exit()).as(finalised.err()).isZero();
        Path workbook = round.root().resolve("선정결과.xlsx");
        Path csv = round.root().resolve("선정결과.csv");
        CliRunner.Result handed = on(db, "results", "--xlsx", workbook.toString(), "--csv", csv.toString());
        assertThat(handed.exit()).as(handed.err()).isZero();
        assertThat(handed.out()).contains("확정된 결과 통합문서").contains("결과 CSV를 만들었습니다");
        assertThat(agency.run("verify", workbook.toString()).exit()).isZero();

        // The CSV, typed here field by field from the table above.
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
        String g = "GRANTED";
        assertThat(text).isEqualTo("\uFEFF"
                + "receiptNo,panel,company,screening,composite,status,rank,P1_GROUP_INSURANCE,"
                + "P2_SHORT_TERM_INSURANCE_DISCOUNT,P3_EXPORT_CONSULTING,P4_BUYER_CREDIT_CHECK,"
                + "P5_PRE_SHIPMENT_GUARANTEE,P6_POST_SHIPMENT_GUARANTEE,evaluators\r\n"
                + A1 + ",P1,수출기업 1,ELIGIBLE,85.00,SELECTED,1," + String.join(",", g, g, g, g, g, g) + ",3\r\n"
                + A2 + ",P1,수출기업 2,ELIGIBLE,70.00,SELECTED,2,NOT_APPLICABLE,RESTRICTED,GRANTED,GRANTED,GRANTED,"
                + "GRANTED,3\r\n"
                + A5 + ",P2,수출기업 5,ELIGIBLE,70.00,SELECTED,3,NOT_APPLICABLE,GRANTED,GRANTED,GRANTED,GRANTED,"
                + "NOT_APPLICABLE,3\r\n"
                + A4 + ",P2,수출기업 4,ELIGIBLE,65.00,SELECTED,4,NOT_APPLICABLE,GRANTED,GRANTED,GRANTED,GRANTED,"
                + "GRANTED,3\r\n"
                + A3 + ",P1,수출기업 3,ELIGIBLE,65.00,NOT_SELECTED,5,,,,,,,3\r\n"
                + A6 + ",P2,\"주식회사 \"\"새빛\"\", 유한\",ELIGIBLE,55.00,NOT_SELECTED,6,,,,,,,3\r\n"
                + A7 + ",P2,수출기업 7,INELIGIBLE,,INELIGIBLE,,,,,,,,0\r\n"
                + A8 + ",P1,수출기업 8,INELIGIBLE,,INELIGIBLE,,,,,,,,0\r\n");

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("종합평가표", "분과 P1", "분과 P2", "자격 요건검토 결과", "지원대상 추천 목록",
                    "감사 기록", "분포 차트", "data");
            Sheet data = book.getSheet("data");
            assertThat(data.getNumMergedRegions()).isZero();
            Row header = data.getRow(0);
            List<String> first = new ArrayList<>();
            header.forEach(c -> first.add(c.getStringCellValue()));
            assertThat(String.join(",", first)).isEqualTo(text.substring(1, text.indexOf('\r')));
            assertThat(data.getRow(2).getCell(0).getStringCellValue()).isEqualTo(A2);
            assertThat(data.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(70.0);
            assertThat(data.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(2.0);
            Sheet p2 = book.getSheet("분과 P2");
            assertThat(p2.getRow(4).getCell(0).getStringCellValue()).contains("최위원장").contains("제2판")
                    .contains("확정");
            Sheet ranking = book.getSheet("종합평가표");
            assertThat(ranking.getRow(1).getCell(0).getStringCellValue()).contains("분과 2개 통합 (P1, P2)");
            assertThat(ranking.getRow(5).getCell(3).getStringCellValue()).isEqualTo("분과");
            assertThat(ranking.getRow(6).getCell(3).getStringCellValue()).isEqualTo("P1");
            assertThat(ranking.getRow(6).getCell(4).getStringCellValue()).isEqualTo("90 · 80 · 85");
        }
        assertThat(on(db, "audit", "verify").exit()).isZero();
        try (AppContext context = Panels.open(db)) {
            var history = context.panelResults().history(context.rounds().require(null));
            assertThat(history).extracting(r -> r.panelId() + " v" + r.seq() + (r.finalResult() ? " final" : " 잠정")
                    + (r.current() ? " current" : " replaced")).containsExactly("P1 v1 final current",
                            "P2 v1 잠정 replaced", "P2 v2 final current");
            assertThat(context.audit().all()).filteredOn(e -> e.action().equals("PANEL_RESULT_IMPORTED")).hasSize(3);
            assertThat(context.audit().all()).filteredOn(e -> e.action().equals("PANEL_CHAIR_PIN")).singleElement()
                    .satisfies(e -> assertThat(e.subject()).isEqualTo("KSURE-EXPORT-2024-2/P2"));
        }
    }

    private static void expect(JsonNode a, String panel, String composite, String status, int rank,
            List<String> totals) {
        assertThat(a.get("panel").asText()).as(a.get("receiptNo").asText()).isEqualTo(panel);
        assertThat(a.get("composite").asText()).as(a.get("receiptNo").asText()).isEqualTo(composite);
        assertThat(a.get("status").asText()).as(a.get("receiptNo").asText()).isEqualTo(status);
        assertThat(a.get("rank").asInt()).as(a.get("receiptNo").asText()).isEqualTo(rank);
        assertThat(a.get("evaluatorTotals")).extracting(JsonNode::asText).containsExactlyElementsOf(totals);
    }

    @Test
    void theChairsPanelResultSaysWhichPanelItIsAndCarriesEveryScoreAndTheSignedCopy() throws Exception {
        assertThat(agency.run("verify", round.p1Final().toString()).exit()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(round.p1Final()))) {
            Sheet ranking = book.getSheet("종합평가표");
            assertThat(ranking.getRow(1).getCell(0).getStringCellValue()).contains("분과 P1 제1분과 · 번들 ");
            assertThat(ranking.getHeader().getRight()).contains("P1");
            Sheet scores = book.getSheet("평가위원별 점수");
            // 3 applications × 3 evaluators under the two header rows
            assertThat(scores.getLastRowNum()).isEqualTo(5 + 2 + 9 - 1);
            int copy = book.getSheetIndex("tipa-eval-results");
            assertThat(book.getSheetVisibility(copy)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(book.getSheet("tipa-eval-results").getRow(1).getCell(0).getStringCellValue())
                    .contains("\"panel\":{\"id\":\"P1\",\"name\":\"제1분과\"}").contains("\"final\":true");
            Sheet data = book.getSheet("data");
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo(A1);
            assertThat(data.getRow(1).getCell(1).getStringCellValue()).isEqualTo("P1");
            // the package carries no group-insurance or export facts: the chair's laptop leaves ①–⑥ to the agency
            assertThat(data.getRow(1).getCell(7).getStringCellValue()).isEmpty();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(round.p2Provisional()))) {
            assertThat(book.getSheet("tipa-eval-results").getRow(1).getCell(0).getStringCellValue())
                    .contains("\"final\":false");
        }
    }

    @Test
    void theCsvHeaderIsByteIdenticalInKoreanAndEnglish() throws Exception {
        Path db = round.agencyCopy("agency-languages");
        Path korean = round.root().resolve("ko.csv");
        Path english = round.root().resolve("en.csv");
        assertThat(on(CliRunner.withPassword(), db, "results", "--csv", korean.toString()).exit()).isZero();
        CliRunner en = new CliRunner(Locale.ENGLISH).env("TIPA_EVAL_PASSWORD", "test-password");
        CliRunner.Result written = on(en, db, "results", "--csv", english.toString());
        assertThat(written.out()).contains("Result CSV written");
        byte[] ko = Files.readAllBytes(korean);
        byte[] enBytes = Files.readAllBytes(english);
        assertThat(enBytes).isEqualTo(ko);
        String header = "\uFEFFreceiptNo,panel,company,screening,composite,status,rank,P1_GROUP_INSURANCE,"
                + "P2_SHORT_TERM_INSURANCE_DISCOUNT,P3_EXPORT_CONSULTING,P4_BUYER_CREDIT_CHECK,"
                + "P5_PRE_SHIPMENT_GUARANTEE,P6_POST_SHIPMENT_GUARANTEE,evaluators\r\n";
        byte[] expected = header.getBytes(StandardCharsets.UTF_8);
        assertThat(java.util.Arrays.copyOf(ko, expected.length)).isEqualTo(expected);
        assertThat(java.util.Arrays.copyOf(ko, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }
}
