package kr.tipa.eval.excel.results;

import static kr.tipa.eval.excel.results.ReadBack.number;
import static kr.tipa.eval.excel.results.ReadBack.rowWith;
import static kr.tipa.eval.excel.results.ReadBack.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.testing.Fixtures;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The 이의신청 pack of one company from the real round of {@link PanelRound}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealPackWriterTest {

    private Path dir;
    private PanelRound round;
    private RoundResults results;

    @BeforeAll
    void build(@TempDir Path folder) throws Exception {
        dir = folder;
        round = new PanelRound(folder);
        results = round.results();
    }

    @AfterAll
    void close() {
        round.close();
    }

    private ApplicationOutcome outcome(String receiptNo) {
        return results.outcomes().stream().filter(o -> o.receiptNo().equals(receiptNo)).findFirst().orElseThrow();
    }

    /** A pack lettered in panel order (위원 A = 홍길동), so that the layout can be checked cell by cell. */
    private Path write(String receiptNo, boolean provisional, Optional<String> exclusion) throws Exception {
        Path target = dir.resolve("appeal-" + receiptNo + ".xlsx");
        ApplicationOutcome outcome = outcome(receiptNo);
        List<String> panelOrder = PanelRound.EVALUATOR_IDS.stream()
                .filter(id -> outcome.sheets().stream().anyMatch(s -> s.evaluatorId().equals(id))).toList();
        new AppealPackWriter(Messages.korean()).write(new AppealPackInput(outcome, results.round().program(),
                exclusion, provisional, PanelRound.NOW, PanelRound.SEOUL, panelOrder), target);
        return target;
    }

    /**
     * What an applicant may see carries nothing advisory: no agreement figure, no chart, and not the
     * adjusted composite the chair sees beside the official one (issue 16).
     */
    @Test
    void thePackCarriesNoAgreementNorAdjustedComposite() throws Exception {
        var advisory = round.context.results().advisory(results);
        for (String receipt : List.of("2024-EXP-0001", "2024-EXP-0002", "2024-EXP-0003")) {
            Map<String, String> parts = ReadBack.parts(write(receipt, false, Optional.empty()));
            assertThat(parts.keySet()).noneMatch(name -> name.contains("chart") || name.contains("drawing"));
            String all = String.join("", parts.values());
            assertThat(all).doesNotContain("α").doesNotContain("일치도").doesNotContain("Krippendorff")
                    .doesNotContain("조정").doesNotContain("alpha").doesNotContain("advisory");
            var adjusted = advisory.applications().get(receipt).adjustedComposite().orElseThrow();
            var official = outcome(receipt).aggregation().composite().orElseThrow();
            if (adjusted.compareTo(official) != 0) {
                assertThat(all).as(receipt).doesNotContain(">" + adjusted.toPlainString() + "<")
                        .doesNotContain(">" + adjusted.stripTrailingZeros().toPlainString() + "<");
            }
        }
    }

    @Test
    void thePackNamesNoEvaluatorAndNoOtherCompany() throws Exception {
        Path pack = write("2024-EXP-0001", true, Optional.empty());
        Map<String, String> parts = ReadBack.parts(pack);
        for (var part : parts.entrySet()) {
            for (String id : PanelRound.EVALUATOR_IDS) {
                assertThat(part.getValue()).as(part.getKey()).doesNotContain(id);
            }
            for (String name : PanelRound.EVALUATOR_NAMES) {
                assertThat(part.getValue()).as(part.getKey()).doesNotContain(name);
            }
            for (int i = 2; i <= 7; i++) {
                assertThat(part.getValue()).as(part.getKey()).doesNotContain(Fixtures.receiptNo(i))
                        .doesNotContain(Fixtures.businessNo(i));
            }
            for (String other : List.of("하나무역", "대시정밀", "앳산업", "주식회사 다섯", "주식회사 여섯", "주식회사 일곱")) {
                assertThat(part.getValue()).as(part.getKey()).doesNotContain(other);
            }
        }
        assertThat(String.join("", parts.values())).contains("2024-EXP-0001").contains("위원 A").contains("위원 E");
    }

    @Test
    void scoresTotalsAndTheDroppedOnesAreShownUnderNeutralLabels() throws Exception {
        try (XSSFWorkbook workbook = ReadBack.open(write("2024-EXP-0001", true, Optional.empty()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("이의신청 자료");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("이의신청 검토 자료 — " + PanelRound.FORMULA_NAME);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(text(sheet.getRow(3), 0)).startsWith("잠정 —");
            Row header = rowWith(sheet, 0, "평가항목", 5);
            assertThat(List.of(text(header, 3), text(header, 4), text(header, 5), text(header, 6), text(header, 7)))
                    .containsExactly("위원 A", "위원 B", "위원 C", "위원 D", "위원 E");
            // 위원 A (the first in panel order) gave 1-1 = 10, 1-2 = 8, 1-3 = 9: subtotal 27
            Row first = sheet.getRow(header.getRowNum() + 1);
            assertThat(text(first, 1)).startsWith("1-1 ");
            assertThat(number(first, 2)).isEqualTo(10);
            assertThat(number(first, 3)).isEqualTo(10);
            assertThat(number(sheet.getRow(header.getRowNum() + 2), 3)).isEqualTo(8);
            Row subtotal = sheet.getRow(header.getRowNum() + 4);
            assertThat(text(subtotal, 1)).isEqualTo("소계");
            assertThat(number(subtotal, 3)).isEqualTo(27);
            assertThat(number(subtotal, 4)).isEqualTo(24);
            Row total = rowWith(sheet, 0, "합계", header.getRowNum());
            assertThat(new double[] {number(total, 3), number(total, 4), number(total, 5), number(total, 6),
                number(total, 7)}).containsExactly(90, 80, 80, 60, 100);
            for (int c = 3; c <= 7; c++) {
                assertThat(((XSSFCellStyle) total.getCell(c).getCellStyle()).getFont().getStrikeout())
                        .as("column " + c).isEqualTo(c >= 6);
            }
            Row counted = rowWith(sheet, 0, "종합평점 반영", total.getRowNum());
            assertThat(List.of(text(counted, 3), text(counted, 4), text(counted, 5), text(counted, 6), text(counted, 7)))
                    .containsExactly("반영", "반영", "반영", "제외(최저)", "제외(최고)");
            Row composite = rowWith(sheet, 0, "종합평점", 5);
            assertThat(composite.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(number(composite, 1)).isCloseTo(83.33, within(1e-9));
            assertThat(text(rowWith(sheet, 0, "결과", 5), 1)).isEqualTo("지원 대상");
            assertThat(text(rowWith(sheet, 0, "결정 사유", 5), 1)).isEqualTo("종합평점 83.33점이 기준 60점 이상");
            assertThat(text(rowWith(sheet, 0, "점수 제외 규칙", 5), 1))
                    .isEqualTo("평가표가 5건 이상이면 최고·최저 점수를 1개씩 제외합니다. 이 신청: 평가표 5건, 제외 2건.");
            Row comment = rowWith(sheet, 0, "위원 A", header.getRowNum() + 1);
            assertThat(text(comment, 1)).startsWith("1-1 ");
            assertThat(text(comment, 2)).isEqualTo(PanelRound.HONG_COMMENT);
            Row opinion = sheet.getRow(comment.getRowNum() + 1);
            assertThat(text(opinion, 0)).isEqualTo("위원 A");
            assertThat(text(opinion, 1)).isEqualTo("종합의견");
            assertThat(text(opinion, 2)).isEqualTo(PanelRound.HONG_OPINION);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void theReasonForEachKindOfDecisionIsWrittenInWords() throws Exception {
        assertThat(decision("2024-EXP-0002", Optional.empty())).isEqualTo("종합평점 57.50점이 기준 60점 미만");
        assertThat(decision("2024-EXP-0002", Optional.of("제출서류 진위 확인 불가")))
                .isEqualTo("위원장 제외: 제출서류 진위 확인 불가 (종합평점 57.50점)");
        assertThat(decision("2024-EXP-0004", Optional.empty())).isEqualTo("자격 요건검토 부적격: 수출자 신용등급 R급");
        assertThat(decision("2024-EXP-0005", Optional.empty()))
                .isEqualTo("평가위원 수 부족: 제출된 평가표 0건, 필요 3건 이상");
        assertThat(decision("2024-EXP-0006", Optional.empty()))
                .isEqualTo("자격 요건검토 부적격: 지원목적·공고내용에 부합하지 않음: 지원목적 불일치");
        assertThat(decision("2024-EXP-0007", Optional.empty()))
                .isEqualTo("자격 요건검토 부적격: 필수서류 누락(신청자격 상실): 개인정보 이용 동의서(무역보험공사)");
    }

    private String decision(String receiptNo, Optional<String> exclusion) throws Exception {
        try (XSSFWorkbook workbook = ReadBack.open(write(receiptNo, false, exclusion))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(ReadBack.strings(sheet)).noneMatch(s -> s.contains("잠정"));
            return text(rowWith(sheet, 0, "결정 사유", 5), 1);
        }
    }

    @Test
    void aPackWithoutSheetsSaysSo() throws Exception {
        try (XSSFWorkbook workbook = ReadBack.open(write("2024-EXP-0005", false, Optional.empty()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(ReadBack.strings(sheet)).contains("제출된 평가표가 없습니다.", "의견이 없습니다.");
            assertThat(rowWith(sheet, 0, "종합평점", 5).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void anExclusionOfASelectedApplicationIsRefused() {
        assertThatThrownBy(() -> new AppealPackInput(outcome("2024-EXP-0001"), results.round().program(),
                Optional.of("사유"), false, PanelRound.NOW, PanelRound.SEOUL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
